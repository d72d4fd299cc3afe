using System;
using System.IO;
using System.Text.Json;

namespace AppsScript.Emulator.Runtime;

/// <summary>What the emulator reads from <c>appsscript.json</c>.</summary>
/// <param name="TimeZone">The script's time zone (a Java ZoneId such as <c>"America/Denver"</c>): local dates and <c>Session.getScriptTimeZone()</c>.</param>
public sealed record ProjectManifest(string TimeZone)
{
    /// <summary>The time zone of a project whose manifest names none. Apps Script takes the creator's; the emulator takes UTC.</summary>
    public const string DefaultTimeZone = "Etc/UTC";

    public static ProjectManifest Default { get; } = new(DefaultTimeZone);

    public static ProjectManifest Parse(string json, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var timeZone = document.RootElement.TryGetProperty("timeZone", out var zone) && zone.ValueKind == JsonValueKind.String
                ? zone.GetString()!
                : DefaultTimeZone;
            ScriptTimeZones.Find(timeZone);
            return new ProjectManifest(timeZone);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{source} is not valid JSON: {exception.Message}", exception);
        }
    }
}
