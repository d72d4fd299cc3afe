using SpotifySync.Companion.State;

namespace SpotifySync.Companion.Server.Answers;

/// <summary>
/// <c>POST /gas/config</c>'s answer: the companion's switches as they are now, what became of its configuration row
/// (<see cref="Notion"/>, null when no switch was given) and of Apps Script's trigger interval
/// (<see cref="AppsScript"/>, null when none was given).
/// </summary>
public sealed record ConfigAnswer(AutomationSettings Automation, string? Notion, string? AppsScript);
