using System;
using Newtonsoft.Json;
using SpotifySync.Core.Http;
using SpotifySync.Core.Notion.Model;
using SpotifySync.Core.Ports;

namespace SpotifySync.Core.Notion;

/// <summary>Turns a failed Notion response into a <see cref="NotionApiException"/>.</summary>
public static class NotionErrors
{
    public static NotionApiException FromResult(HttpResult result)
    {
        var error = Body(result.Body);
        var code = error?.Code ?? "http_error";
        var message = error?.Message ?? Excerpt(result.Body);
        return new NotionApiException(result.Status, code, message, error?.AdditionalData?.CommittedResourceId, RetryAfter.Seconds(result));
    }

    /// <summary>Notion's error JSON, or null when the body is something else (an HTML page from the edge).</summary>
    public static NotionErrorBody? Body(string body)
    {
        try
        {
            return JsonConvert.DeserializeObject<NotionErrorBody>(body);
        }
        catch (Exception)
        {
            return null;
        }
    }

    /// <summary>What to do about the setup mistakes that show as errors, as a sentence to append to the message.</summary>
    public static string Hint(int status, string code) => code switch
    {
        "unauthorized" => " Check the script property NOTION_TOKEN: it must be the integration's secret (Settings → Connections → the integration).",
        "object_not_found" => " Share the database with the integration (the database's ••• menu → Connections) and check the ID.",
        "restricted_resource" => " Give the integration the capabilities it needs (read, update and insert content), or free blocks in the workspace.",
        _ => status == 401 ? " Check the script property NOTION_TOKEN." : "",
    };

    private static string Excerpt(string body)
    {
        var text = body.Trim();
        if (text == "") return "(no body)";
        return text.Length <= 200 ? text : text.Substring(0, 200) + "...";
    }
}
