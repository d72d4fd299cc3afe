using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SpotifySync.Sandbox.Hosting;

namespace SpotifySync.Sandbox.Faults;

/// <summary>
/// The middleware every simulated request passes after routing: it spends the drawn latency, meets the drawn
/// fault (answered by the simulator in its API's shape), and records the exchange in the traffic log.
/// </summary>
internal static class FaultInjection
{
    public static IApplicationBuilder UseFaultInjection(this IApplicationBuilder app, ISimulator simulator) =>
        app.Use(async (context, next) =>
        {
            var endpoint = EndpointName(context);
            var arrived = simulator.Time.Now;
            var latency = simulator.Faults.DrawLatency(endpoint);
            var fault = simulator.Faults.Draw(endpoint);
            await simulator.Time.Wait(latency, context.RequestAborted);
            void Record(int status) => simulator.Traffic.Add(new TrafficEntry(arrived, context.Request.Method, endpoint,
                context.Request.Path + context.Request.QueryString, status, latency, fault?.Kind));
            switch (fault?.Kind)
            {
                case null:
                    await next(context);
                    break;
                case FaultKind.Timeout:
                    await simulator.Time.Wait(fault.Hang ?? Fault.DefaultHang, context.RequestAborted);
                    // Recorded before the connection drops: the caller may look at the traffic as soon as it sees the drop.
                    Record(0);
                    context.Abort();
                    return;
                case FaultKind.UnavailableAfterCommit:
                    await RunThenFail(context, next, simulator, fault);
                    break;
                default:
                    await simulator.WriteFault(context, fault);
                    break;
            }
            Record(context.Response.StatusCode);
        });

    /// <summary>Carries the request out, then reports a failure in place of its success (a failure passes through as it is).</summary>
    private static async Task RunThenFail(HttpContext context, RequestDelegate next, ISimulator simulator, Fault fault)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        if (context.Response.StatusCode is >= 200 and < 300)
        {
            context.Response.Headers.Clear();
            await simulator.WriteFaultAfterCommit(context, fault, System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            return;
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static string EndpointName(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint route
            ? $"{context.Request.Method} /{route.RoutePattern.RawText?.TrimStart('/')}"
            : $"{context.Request.Method} {context.Request.Path}";
}
