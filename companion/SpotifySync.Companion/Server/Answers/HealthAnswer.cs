using System;

namespace SpotifySync.Companion.Server.Answers;

/// <summary><c>GET /gas/health</c>'s answer, the one unsigned route's: that the server runs, its version, and since when.</summary>
public sealed record HealthAnswer(string Status, string Version, DateTimeOffset StartedAt, double UptimeSeconds);
