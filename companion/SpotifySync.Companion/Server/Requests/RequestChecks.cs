using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Webhooks;

namespace SpotifySync.Companion.Server.Requests;

/// <summary>
/// What the webhook API checks of a request record beyond its JSON types (<see cref="RequestJson"/>): values out of
/// range, fields that contradict each other. Each check gives the problems by field (JSON name), empty when there are
/// none; the route answers them with 422.
/// </summary>
public static class RequestChecks
{
    /// <summary>The longest event name recorded.</summary>
    public const int MaxEventNameLength = 100;

    public static Dictionary<string, string[]> Of(TriggerSyncRequest request)
    {
        var problems = new Dictionary<string, string[]>();
        if (request.Mode is { } mode && !SyncModes.IsRunMode(mode)) problems["mode"] = [$"'mode' must be {SyncModes.Incremental} or {SyncModes.Full}, not '{mode}'."];
        return problems;
    }

    public static Dictionary<string, string[]> Of(ConfigRequest request)
    {
        var problems = new Dictionary<string, string[]>();
        if (!request.SetsSwitches && request.TriggerIntervalMinutes is null)
        {
            problems["body"] = ["Give at least one of syncEnabled (or enabled), syncMode, cronActive and trigger_interval_minutes."];
        }
        if (request is { SyncEnabled: not null, Enabled: not null })
        {
            problems["enabled"] = ["'enabled' and 'syncEnabled' are the same switch: give one of them."];
        }
        string[] modes = [SyncModes.Incremental, SyncModes.Full, SyncModes.Manual];
        if (request.SyncMode is { } mode && !modes.Contains(mode)) problems["syncMode"] = [$"'syncMode' must be one of {string.Join(", ", modes)}, not '{mode}'."];
        if (request.TriggerIntervalMinutes is { } minutes && !SyncSettingsRules.TriggerIntervals.Contains(minutes))
        {
            problems["trigger_interval_minutes"] =
            [
                $"'trigger_interval_minutes' must be one of {string.Join(", ", SyncSettingsRules.TriggerIntervals.Select(m => m.ToString(CultureInfo.InvariantCulture)))}, " +
                $"the intervals Apps Script's time-driven triggers offer, not {minutes}.",
            ];
        }
        return problems;
    }

    /// <summary>
    /// The notification's event name goes into the server's log: one of control or format characters (a line break, a
    /// bidirectional override) could forge or hide lines there, so it may hold none.
    /// </summary>
    public static Dictionary<string, string[]> Of(CompanionNotification notification)
    {
        var problems = new Dictionary<string, string[]>();
        if (notification.Event is not { Length: > 0 and <= MaxEventNameLength } name)
        {
            problems["event"] = [$"'event' must be a name of 1 to {MaxEventNameLength} characters."];
        }
        else if (name.Any(IsUnprintable))
        {
            problems["event"] = ["'event' must hold no control or format characters (such as a line break), which would let it forge lines of the server's log."];
        }
        if (notification.Created < 0) problems["created"] = [$"'created' must be a whole number from 0, not {notification.Created}."];
        if (notification.Ids is null || notification.Ids.Any(id => id is null)) problems["ids"] = ["'ids' must be an array of strings (Spotify IDs)."];
        return problems;
    }

    private static bool IsUnprintable(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
