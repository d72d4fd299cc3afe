using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using SpotifySync.Companion.Configuration;

namespace SpotifySync.Companion.Emulation;

/// <summary>
/// What <c>gas run</c> calls the function with: the JSON array of <c>--args</c>, or the event object of <c>--event</c>
/// or <c>--event-file</c> (what Apps Script passes a web app's <c>doGet(e)</c>/<c>doPost(e)</c>, a trigger's handler or
/// a callback), which is then the one argument.
/// </summary>
public static class GasRunArguments
{
    /// <summary>An event for <c>doGet</c>, to show in messages: the status route, no query parameters.</summary>
    public const string DoGetExample = """{"parameter": {}, "pathInfo": "status"}""";

    /// <summary>An event for <c>doPost</c>, to show in messages: a JSON body.</summary>
    public const string DoPostExample = """{"postData": {"contents": "{\"timestamp\": …}", "type": "application/json"}}""";

    /// <exception cref="ConfigurationException">A value is not JSON of the right shape, the file cannot be read, or more than one of the options is given.</exception>
    public static JsonNode?[] Read(string? arguments, string? eventJson, string? eventFile)
    {
        if (new[] { arguments, eventJson, eventFile }.Count(value => value is not null) > 1)
        {
            throw new ConfigurationException(["Give the function's arguments with one of --args, --event and --event-file: an event is the one argument of the function it is for."]);
        }
        if (arguments is not null)
        {
            var node = Parse(arguments, "--args", "give a JSON array of the arguments, such as '[\"37i9dQZF1DXcBWIGoYBM5M\"]'");
            return node is JsonArray array ? array.ToArray() : [node];
        }
        if (eventFile is not null) return [Event(ReadFile(eventFile), $"--event-file {eventFile}")];
        if (eventJson is not null) return [Event(eventJson, "--event")];
        return [];
    }

    private static JsonObject Event(string text, string source) =>
        Parse(text, source, $"give the event object, such as '{DoGetExample}'") as JsonObject
        ?? throw new ConfigurationException([$"{source} is not a JSON object: an event is one, such as '{DoGetExample}'."]);

    private static JsonNode? Parse(string text, string source, string fix)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException exception)
        {
            throw new ConfigurationException([$"{source} is not JSON ({exception.Message}): {fix}."]);
        }
    }

    private static string ReadFile(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException([$"--event-file {path} cannot be read ({exception.Message}): name a file holding the event as a JSON object."]);
        }
    }
}
