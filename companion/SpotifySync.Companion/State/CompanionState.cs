using System.Collections.Generic;

namespace SpotifySync.Companion.State;

/// <summary>
/// What the companion remembers between runs, in one JSON file (<see cref="StateStore"/>): the last runs, each
/// track's download attempts, the webhook events received and the signatures already used, the automation
/// settings (the configuration row's, or <c>POST /gas/config</c>'s) and the sync core's cache.
/// </summary>
public sealed class CompanionState
{
    public const int KeptRuns = 20;
    public const int KeptEvents = 50;

    /// <summary>Newest first, at most <see cref="KeptRuns"/>; a run is added when it starts, so a killed one stays visible.</summary>
    public List<RunRecord> Runs { get; set; } = [];

    /// <summary>Per Notion page id: the download attempts of tracks that failed or were downloaded.</summary>
    public Dictionary<string, DownloadRecord> Downloads { get; set; } = [];

    /// <summary>Newest first, at most <see cref="KeptEvents"/>.</summary>
    public List<WebhookEvent> Events { get; set; } = [];

    public AutomationSettings Automation { get; set; } = new();

    /// <summary>The sync core's cache (<see cref="StateFileCache"/>): the configuration row as last read, for 15 minutes.</summary>
    public Dictionary<string, CacheEntry> Cache { get; set; } = [];

    public void AddRun(RunRecord run)
    {
        Runs.Insert(0, run);
        if (Runs.Count > KeptRuns) Runs.RemoveRange(KeptRuns, Runs.Count - KeptRuns);
    }

    public RunRecord? Run(string runId) => Runs.Find(r => r.RunId == runId);

    public void AddEvent(WebhookEvent webhookEvent)
    {
        Events.Insert(0, webhookEvent);
        if (Events.Count > KeptEvents) Events.RemoveRange(KeptEvents, Events.Count - KeptEvents);
    }
}
