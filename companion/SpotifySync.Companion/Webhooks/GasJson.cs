using System.Text.Json;

namespace SpotifySync.Companion.Webhooks;

/// <summary>The JSON of the webhook API and the envelopes: camelCase names, as Apps Script's JavaScript reads them.</summary>
public static class GasJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
