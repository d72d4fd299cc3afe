using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace SpotifySync.Sandbox.Notion;

/// <summary>
/// What every request meets before its route runs, in the order Notion applies it: the bearer token (401
/// <c>unauthorized</c>), the <c>Notion-Version</c> header (400 <c>missing_version</c>), then the integration's rate
/// budget (429 <c>rate_limited</c>). It also turns a <see cref="NotionError"/> thrown by a route into the response.
/// </summary>
internal sealed class NotionRequestGate(NotionWorkspace workspace, NotionRateBudget budget, SandboxTime time, Func<string> requestId) : IEndpointFilter
{
    private const string CallerKey = "notion.caller";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        try
        {
            var caller = Admit(context);
            context.Items[CallerKey] = caller;
            return await next(invocation);
        }
        catch (NotionError error)
        {
            await NotionResponses.WriteError(context, error, requestId());
            return Results.Empty;
        }
    }

    public static NotionCaller Caller(HttpContext context) => (NotionCaller)context.Items[CallerKey]!;

    /// <summary>The request's JSON body; an absent body is an empty object. Broken JSON is 400 <c>invalid_json</c>.</summary>
    public static async Task<JsonObject> Body(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var text = await reader.ReadToEndAsync(context.RequestAborted);
        if (string.IsNullOrWhiteSpace(text)) return [];
        JsonNode? body;
        try
        {
            body = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            throw NotionError.InvalidJson();
        }
        return body as JsonObject ?? throw NotionError.Body("body", "should be an object", body);
    }

    private NotionCaller Admit(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        var token = authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? authorization[scheme.Length..].Trim() : "";
        if (!workspace.IsToken(token)) throw NotionError.Unauthorized();
        var header = context.Request.Headers["Notion-Version"];
        var version = NotionVersion.Parse(header.Count == 0 ? null : header.ToString());
        budget.Spend(token, time.Now);
        return new NotionCaller(token, version);
    }
}
