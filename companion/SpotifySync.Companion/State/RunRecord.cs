using System.Collections.Generic;

namespace SpotifySync.Companion.State;

/// <summary>One sync run: what started it, how it ended, and what it did.</summary>
public sealed class RunRecord
{
    public string RunId { get; set; } = "";
    public string Mode { get; set; } = "";

    /// <summary>One of <see cref="Sync.RunTriggers"/>: schedule, command-line, trigger-sync or webhook.</summary>
    public string Trigger { get; set; } = "";

    public int Pid { get; set; }
    public string StartedAt { get; set; } = "";
    public string? FinishedAt { get; set; }

    /// <summary>One of <see cref="RunOutcomes"/>.</summary>
    public string Outcome { get; set; } = RunOutcomes.Running;

    public int? ExitCode { get; set; }
    public int Pending { get; set; }
    public int Downloaded { get; set; }
    public int NotFound { get; set; }
    public int Failed { get; set; }

    /// <summary>Downloaded tracks whose file was gone, set back to Pending (full runs).</summary>
    public int MissingFiles { get; set; }

    /// <summary>Failed tracks tried again (full runs).</summary>
    public int Retried { get; set; }

    /// <summary>The full Spotify → Notion sync (full runs with Spotify credentials); null when the run made none.</summary>
    public LibrarySyncRecord? Library { get; set; }

    public List<string> Errors { get; set; } = [];

    /// <summary>Why the switches stopped the run (<see cref="RunOutcomes.Disabled"/>, <see cref="RunOutcomes.Skipped"/>); null when it ran.</summary>
    public string? SkipReason { get; set; }

    /// <summary>Whether the run changed anything: a download's outcome, a file found missing, a page of the library sync.</summary>
    public bool DidSomething() =>
        Downloaded + NotFound + Failed + MissingFiles + Retried > 0
        || (Library is { } library && library.Created + library.Updated + library.Unchecked > 0);
}

/// <summary>How a run ended.</summary>
public static class RunOutcomes
{
    public const string Running = "running";
    public const string Succeeded = "succeeded";

    /// <summary>Some tracks failed, or reporting to Apps Script did.</summary>
    public const string CompletedWithErrors = "completed-with-errors";

    public const string Failed = "failed";

    /// <summary>Sync Enabled is off (in the configuration row or by POST /gas/config) for a run nobody started by hand.</summary>
    public const string Disabled = "disabled";

    /// <summary>A run nobody started by hand while Sync Mode is manual.</summary>
    public const string Skipped = "skipped";

    /// <summary>Its process ended without finishing it (killed, crashed, the machine stopped); found by the next run.</summary>
    public const string Interrupted = "interrupted";
}
