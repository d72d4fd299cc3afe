using System.Globalization;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace SpotifySync.Sandbox.Notion;

/// <summary>Writes JSON bodies and Notion errors (with <c>Retry-After</c> in whole seconds and <c>x-notion-request-id</c>).</summary>
internal static class NotionResponses
{
    public static Task WriteJson(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    public static Task WriteError(HttpContext context, NotionError error, string requestId)
    {
        context.Response.Headers["x-notion-request-id"] = requestId;
        if (error.RetryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }
        return WriteJson(context, error.Status, error.ToJson(requestId));
    }
}
