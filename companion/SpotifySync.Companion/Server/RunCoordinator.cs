using System;
using System.Threading;
using System.Threading.Tasks;
using Serilog;
using SpotifySync.Companion.Locking;
using SpotifySync.Companion.Sync;

namespace SpotifySync.Companion.Server;

/// <summary>
/// Starts runs in the background for the server, one at a time together with the cron job: the lock is taken before
/// the answer, so a request that finds it held (by a run of this server or by <c>spotify-sync sync</c>) learns so at
/// once and nothing starts.
/// </summary>
public sealed class RunCoordinator(SyncRunner runner, TimeProvider time, ILogger log) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _current = Task.CompletedTask;

    /// <summary>The run started, or null and the lock's holder.</summary>
    public string? TryStart(string mode, string trigger, out LockHolder? heldBy)
    {
        var request = new SyncRequest(RunIds.New(time.GetUtcNow()), mode, trigger);
        var held = runner.TryLock(request, out var busy);
        if (held is null)
        {
            heldBy = busy!.HeldBy;
            return null;
        }
        heldBy = null;
        _current = Task.Run(async () =>
        {
            using (held)
            {
                try
                {
                    await runner.RunLockedAsync(request, _stopping.Token);
                }
                catch (OperationCanceledException)
                {
                    log.Warning("Run {RunId} stopped with the server", request.RunId);
                }
            }
        });
        return request.RunId;
    }

    /// <summary>The latest background run; complete when none is running.</summary>
    public Task Current => _current;

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _current;
        _stopping.Dispose();
    }
}
