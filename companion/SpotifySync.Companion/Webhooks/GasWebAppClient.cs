using System;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using SpotifySync.Companion.Json;
using SpotifySync.Companion.Ports;
using SpotifySync.Core.Webhooks;

namespace SpotifySync.Companion.Webhooks;

/// <summary>
/// Posts signed envelopes (the core's <see cref="SignedEnvelope"/>, written by Newtonsoft as the script reads it) to
/// the Apps Script web app (SPOTIFY_SYNC_GAS_WEBAPP_URL). Apps Script answers a POST with a
/// redirect to the script's output, which HttpClient follows. A web app cannot set its status, so <c>doPost</c>
/// (gas-src/App/WebApp.cs) answers a refusal (bad signature, expired, replayed, bad envelope) with 200 and the JSON
/// body <c>{error, detail}</c> (the core's <see cref="ErrorBody"/>): the body is read, not only the status.
/// </summary>
public sealed class GasWebAppClient(HttpClient http, Uri webAppUrl, string secret, TimeProvider clock)
{
    /// <summary>
    /// Sends the payload; throws <see cref="HttpRequestException"/> when the web app answers with an error status,
    /// refuses the envelope, or answers with something that is not doPost's JSON (such as a Google sign-in page).
    /// </summary>
    public async Task SendAsync(object payload, CancellationToken cancellation)
    {
        var text = System.Text.Json.JsonSerializer.Serialize(payload, CompanionJson.Compact);
        var envelope = WebhookSignature.Envelope(new DotNetCrypto(), secret, text, clock.GetUtcNow().ToUnixTimeSeconds());
        using var content = new StringContent(JsonConvert.SerializeObject(envelope), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(webAppUrl, content, cancellation);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The Apps Script web app answered {(int)response.StatusCode} {response.ReasonPhrase}.", null, response.StatusCode);
        }
        var body = await response.Content.ReadAsStringAsync(cancellation);
        if (Refusal(body) is { } refusal) throw new HttpRequestException(refusal, null, response.StatusCode);
    }

    /// <summary>What is wrong with the web app's answer, or null when doPost took the envelope.</summary>
    private static string? Refusal(string body)
    {
        try
        {
            using (var document = JsonDocument.Parse(body))
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object) return NotDoPost(body);
            }
            var refusal = JsonConvert.DeserializeObject<ErrorBody>(body)!;
            return string.IsNullOrEmpty(refusal.Error) ? null : $"The Apps Script web app refused the report: {refusal.Error}: {refusal.Detail}";
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or Newtonsoft.Json.JsonException)
        {
            return NotDoPost(body);
        }
    }

    private static string NotDoPost(string body)
    {
        var start = string.Join(' ', body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return $"The Apps Script web app did not answer with doPost's JSON (it began: {start[..Math.Min(start.Length, 80)]}): check SPOTIFY_SYNC_GAS_WEBAPP_URL is the web app's /exec URL and the deployment's access is Anyone.";
    }
}
