namespace SpotifySync.Sandbox.Notion;

/// <summary>A date property's value as Notion holds it: ISO 8601 strings, a date or a date-time with its offset.</summary>
public sealed record NotionDate(string Start, string? End = null, string? TimeZone = null);
