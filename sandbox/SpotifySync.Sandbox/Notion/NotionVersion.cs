using System;
using System.Linq;

namespace SpotifySync.Sandbox.Notion;

/// <summary>
/// The <c>Notion-Version</c> a request names. Notion requires the header on every request and answers
/// 400 <c>missing_version</c> both when it is absent and when it names a version Notion never published
/// (the latter with the list of published versions).
/// </summary>
public sealed record NotionVersion(string Value)
{
    /// <summary>Every version Notion publishes, oldest first.</summary>
    public static readonly string[] Published = ["2021-05-11", "2021-05-13", "2021-08-16", "2022-02-22", "2022-06-28", "2025-09-03", "2026-03-11"];

    /// <summary>The version that split databases into data sources.</summary>
    public const string DataSources = "2025-09-03";

    /// <summary>The version that renamed <c>archived</c> to <c>in_trash</c> in requests and responses.</summary>
    public const string InTrashOnly = "2026-03-11";

    /// <summary>Whether databases are containers of data sources under this version (else a database is its one data source).</summary>
    public bool HasDataSources => string.CompareOrdinal(Value, DataSources) >= 0;

    /// <summary>Whether <c>archived</c> is gone from requests and responses.</summary>
    public bool DropsArchived => string.CompareOrdinal(Value, InTrashOnly) >= 0;

    public static NotionVersion Parse(string? header)
    {
        if (header is null)
        {
            throw new NotionError(400, "missing_version",
                "Notion-Version header failed validation: Notion-Version header should be defined, instead was `undefined`.");
        }
        if (!Published.Contains(header, StringComparer.Ordinal))
        {
            var listed = string.Join(", ", Published[..^1].Select(v => $"`\"{v}\"`"));
            throw new NotionError(400, "missing_version",
                $"Notion-Version header failed validation: Notion-Version header should be {listed}, or `\"{Published[^1]}\"`, instead was `\"{header}\"`.");
        }
        return new NotionVersion(header);
    }
}
