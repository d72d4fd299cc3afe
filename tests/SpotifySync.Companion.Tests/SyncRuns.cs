using System.Threading.Tasks;
using System.Threading;
using System;
using Serilog;
using SpotifySync.Companion.Sync;
using SpotifySync.Core.Sync;

namespace SpotifySync.Companion.Tests;

/// <summary>Runs the sync runner in-process against a sandbox, as <c>spotify-sync sync</c> does (a person's run unless told otherwise).</summary>
internal static class SyncRuns
{
    public static Task<SyncResult> RunAsync(CompanionSandbox sandbox, string mode = SyncModes.Incremental, TimeProvider? time = null, string trigger = RunTriggers.CommandLine)
    {
        var configuration = sandbox.Configuration();
        var runner = new SyncRunner(configuration, sandbox.State, new LoggerConfiguration().CreateLogger(), time ?? TimeProvider.System);
        return runner.RunAsync(new SyncRequest(RunIds.New(DateTimeOffset.UtcNow), mode, trigger), CancellationToken.None);
    }
}
