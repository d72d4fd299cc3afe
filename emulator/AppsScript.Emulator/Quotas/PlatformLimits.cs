using System;

namespace AppsScript.Emulator.Quotas;

/// <summary>
/// Apps Script's quotas and limits ("Quotas for Google Services"). <see cref="Consumer"/> is a gmail.com
/// account, <see cref="Workspace"/> a Google Workspace one; the per-call limits are the same for both.
/// </summary>
public sealed record PlatformLimits
{
    public static PlatformLimits Consumer { get; } = new();

    public static PlatformLimits Workspace { get; } = new()
    {
        UrlFetchCallsPerDay = 100_000,
        TriggerRuntimePerDay = TimeSpan.FromHours(6),
        EmailRecipientsPerDay = 1_500,
        PropertiesCallsPerDay = 500_000,
    };

    public TimeSpan ExecutionTime { get; init; } = TimeSpan.FromMinutes(6);

    public int SimultaneousExecutionsPerUser { get; init; } = 30;

    public int TriggersPerUserPerScript { get; init; } = 20;

    public TimeSpan TriggerRuntimePerDay { get; init; } = TimeSpan.FromMinutes(90);

    public int UrlFetchCallsPerDay { get; init; } = 20_000;

    public int UrlFetchUrlLength { get; init; } = 2 * 1024;

    public int UrlFetchPayloadBytes { get; init; } = 50 * 1024 * 1024;

    public int EmailRecipientsPerDay { get; init; } = 100;

    public int PropertiesCallsPerDay { get; init; } = 50_000;

    public int PropertyValueBytes { get; init; } = 9 * 1024;

    public int PropertyStoreBytes { get; init; } = 500 * 1024;

    public int CacheKeyLength { get; init; } = 250;

    public int CacheValueBytes { get; init; } = 100 * 1024;

    public int CacheItems { get; init; } = 1_000;

    /// <summary>How many items a cache keeps when <see cref="CacheItems"/> is exceeded: those farthest from expiring.</summary>
    public int CacheItemsAfterEviction { get; init; } = 900;

    public TimeSpan CacheDefaultExpiration { get; init; } = TimeSpan.FromSeconds(600);

    public TimeSpan CacheMaxExpiration { get; init; } = TimeSpan.FromSeconds(21_600);

    public TimeSpan MaxSleep { get; init; } = TimeSpan.FromMilliseconds(300_000);

    public TimeSpan MaxStateTokenTimeout { get; init; } = TimeSpan.FromSeconds(3_600);
}
