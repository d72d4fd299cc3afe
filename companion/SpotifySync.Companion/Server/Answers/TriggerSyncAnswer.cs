namespace SpotifySync.Companion.Server.Answers;

/// <summary><c>POST /gas/trigger-sync</c>'s answer (202): the run started and its mode.</summary>
public sealed record TriggerSyncAnswer(string RunId, string Mode);
