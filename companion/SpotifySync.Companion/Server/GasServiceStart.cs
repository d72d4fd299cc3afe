using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SpotifySync.Companion.Server;

/// <summary>
/// Makes the <see cref="GasService"/> as the host starts, rather than when the first request asks for it, so that
/// <c>/gas/health</c>'s <c>startedAt</c> and <c>uptimeSeconds</c> count from the server's start.
/// </summary>
public sealed class GasServiceStart(System.IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<GasService>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
