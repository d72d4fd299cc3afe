namespace SpotifySync.Companion.Server.Answers;

/// <summary>
/// <c>POST /gas/webhook</c>'s answer: the notification was recorded, with the run it started (202) or, when it asked for
/// one while another held the lock, that run's id in <see cref="Running"/> (200).
/// </summary>
public sealed record WebhookAnswer(bool Recorded, string? RunId, string? Running);
