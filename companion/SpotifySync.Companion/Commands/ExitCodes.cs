namespace SpotifySync.Companion.Commands;

/// <summary>The exit codes of spotify-sync, documented in companion/README.md.</summary>
public static class ExitCodes
{
    /// <summary>Done; for a sync also "nothing to do" and "Sync Enabled is off".</summary>
    public const int Success = 0;

    /// <summary>An unexpected error; the log says what.</summary>
    public const int Error = 1;

    /// <summary>The command line is wrong.</summary>
    public const int Usage = 2;

    /// <summary>A setting is missing or invalid, or the config file is open to other users; the message names it and the fix.</summary>
    public const int Configuration = 3;

    /// <summary>Another sync run holds the lock (the message gives its PID); this one did nothing.</summary>
    public const int AlreadyRunning = 4;

    /// <summary>yt-dlp is not installed, cannot be run, or is older than the oldest that works (<see cref="Downloads.YtDlpVersions.Oldest"/>).</summary>
    public const int YtDlpMissing = 5;

    /// <summary>The run finished, but some tracks failed or the report to Apps Script did.</summary>
    public const int CompletedWithErrors = 6;

    /// <summary>Notion refused the run (token, sharing, database id): see the message for the fix.</summary>
    public const int Notion = 7;

    /// <summary>The crontab could not be read or written.</summary>
    public const int Crontab = 8;

    /// <summary><c>gas run</c>: the function threw or was stopped at 6 minutes; <c>demo</c>: a step of the loop failed.</summary>
    public const int ScriptFailed = 9;

    /// <summary>
    /// Notion (or Spotify) could not be reached: this machine is offline, or a base URL setting is wrong; the next run
    /// tries again. For <c>api</c>: nothing answers at the server's address.
    /// </summary>
    public const int Unreachable = 10;

    /// <summary><c>serve</c>: another program listens on SPOTIFY_SYNC_BIND:SPOTIFY_SYNC_PORT; the message says how to pick another port.</summary>
    public const int AddressInUse = 11;

    /// <summary><c>api</c>: the server answered with an error (its status, code and detail are printed).</summary>
    public const int ApiRefused = 12;
}
