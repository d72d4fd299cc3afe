using System.Collections.Generic;

namespace SpotifySync.Sandbox.Notion;

/// <summary>How a <see cref="NotionSimulator"/> is set up.</summary>
public sealed class NotionSimulatorOptions
{
    /// <summary>Notion's per-connection budget on plans other than Business and Enterprise.</summary>
    public const int DefaultRequestsPerMinute = 180;

    /// <summary>The internal integrations' secrets (<c>Authorization: Bearer …</c>); any other token gets 401.</summary>
    public required IReadOnlyList<string> IntegrationTokens { get; init; }

    public SandboxTime Time { get; init; } = SandboxTime.RealTime;

    public SandboxRandom Random { get; init; } = new(0);

    /// <summary>Requests each integration may make per 60-second window, spent in a burst or spread out (600 on Business and Enterprise).</summary>
    public int RequestsPerMinute { get; init; } = DefaultRequestsPerMinute;
}
