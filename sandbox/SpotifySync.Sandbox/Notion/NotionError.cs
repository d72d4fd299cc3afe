using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace SpotifySync.Sandbox.Notion;

/// <summary>
/// A refusal in Notion's error shape, <c>{"object":"error","status","code","message","request_id","additional_data"?}</c>.
/// Handlers throw it; <see cref="NotionRequestGate"/> turns it into the response, so every route refuses the same way.
/// </summary>
public sealed class NotionError : Exception
{
    public NotionError(int status, string code, string message, JsonObject? additionalData = null, TimeSpan? retryAfter = null)
        : base(message)
    {
        Status = status;
        Code = code;
        AdditionalData = additionalData;
        RetryAfter = retryAfter;
    }

    public int Status { get; }

    public string Code { get; }

    public JsonObject? AdditionalData { get; }

    /// <summary>Sent as the <c>Retry-After</c> header, in whole seconds.</summary>
    public TimeSpan? RetryAfter { get; }

    public const string SharingHint = "Make sure the relevant pages and databases are shared with your integration.";

    public static NotionError Unauthorized() => new(401, "unauthorized", "API token is invalid.");

    public static NotionError InvalidJson() => new(400, "invalid_json", "Error parsing JSON body.");

    public static NotionError InvalidRequestUrl() => new(400, "invalid_request_url", "Invalid request URL.");

    /// <summary>The 404 for an object that does not exist or is not shared; <paramref name="kind"/> is Notion's word: page, database, data_source.</summary>
    public static NotionError NotFound(string kind, string id) =>
        new(404, "object_not_found", $"Could not find {kind} with ID: {id}. {SharingHint}");

    public static NotionError Validation(string message, JsonObject? additionalData = null) =>
        new(400, "validation_error", message, additionalData);

    /// <summary>A request body that breaks the schema: "body failed validation: {path} {rule}, instead was `{value}`."</summary>
    public static NotionError Body(string path, string rule, JsonNode? value, bool defined = true) =>
        Validation($"body failed validation: {path} {rule}, instead was `{Shown(value, defined)}`.");

    public static NotionError TooLong(string path, int limit, int actual) =>
        Validation($"body failed validation: {path} should be ≤ `{limit}`, instead was `{actual}`.");

    public static NotionError Missing(string path) => Body(path, "should be defined", null, defined: false);

    public static NotionError NotPresent(string path, JsonNode? value) => Body(path, "should be not present", value);

    /// <summary>A value as Notion quotes it in a message: JSON, cut after 50 characters; <c>undefined</c> when absent.</summary>
    public static string Shown(JsonNode? value, bool defined = true)
    {
        if (!defined) return "undefined";
        var json = value?.ToJsonString() ?? "null";
        return json.Length > 50 ? json[..50] + "..." : json;
    }

    public JsonObject ToJson(string requestId)
    {
        var body = new JsonObject
        {
            ["object"] = "error",
            ["status"] = Status,
            ["code"] = Code,
            ["message"] = Message,
            ["request_id"] = requestId,
        };
        if (AdditionalData is not null) body["additional_data"] = AdditionalData.DeepClone();
        return body;
    }

    internal static JsonObject Details(params (string Key, JsonNode? Value)[] entries)
    {
        var data = new JsonObject();
        foreach (var (key, value) in entries) data[key] = value;
        return data;
    }

    internal static JsonArray Strings(IEnumerable<string> values)
    {
        var array = new JsonArray();
        foreach (var value in values) array.Add(value);
        return array;
    }
}
