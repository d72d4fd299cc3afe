using System;
using SpotifySync.Companion.Commands;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.Downloads;
using SpotifySync.Companion.Ports;
using SpotifySync.Core.Notion;

namespace SpotifySync.Companion.Sync;

/// <summary>The exit code of an error that ended a run (<see cref="ExitCodes"/>); a cancellation is no failure of the run's own.</summary>
public static class RunFailures
{
    /// <summary>The exit code, or null for a cancellation, which ends the run as it is.</summary>
    public static int? ExitCodeOf(Exception exception) => exception switch
    {
        ConfigurationException => ExitCodes.Configuration,
        YtDlpUnusableException => ExitCodes.YtDlpMissing,
        NotionSetupException => ExitCodes.Notion,
        NotionApiException { Status: 400 or 401 or 403 or 404 } => ExitCodes.Notion,
        ServiceUnreachableException => ExitCodes.Unreachable,
        OperationCanceledException => null,
        _ => ExitCodes.Error,
    };
}
