using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace SpotifySync.Sandbox.Faults;

/// <summary>Writes an injected fault as the simulated API would answer it: its status, headers and error body.</summary>
public interface IFaultResponder
{
    /// <summary>Answers a fault met before the request was carried out.</summary>
    Task WriteFault(HttpContext context, Fault fault);

    /// <summary>
    /// Answers <see cref="FaultKind.UnavailableAfterCommit"/>: the request was carried out and produced
    /// <paramref name="committedBody"/> (the JSON the success would have returned), but the caller is told it failed.
    /// </summary>
    Task WriteFaultAfterCommit(HttpContext context, Fault fault, string committedBody);
}
