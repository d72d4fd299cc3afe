using System;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace SpotifySync.Companion.Webhooks;

/// <summary>
/// Posts signed envelopes to the Apps Script web app (SPOTIFY_SYNC_GAS_WEBAPP_URL). Apps Script answers a POST with a
/// redirect to the script's output, which HttpClient follows.
/// </summary>
public sealed class GasWebAppClient(HttpClient http, Uri webAppUrl, string secret, TimeProvider clock)
{
    /// <summary>Sends the payload; throws <see cref="HttpRequestException"/> when the web app answers with an error.</summary>
    public async Task SendAsync(object payload, CancellationToken cancellation)
    {
        var envelope = GasEnvelope.Create(secret, payload, clock.GetUtcNow());
        using var content = new StringContent(JsonSerializer.Serialize(envelope, GasJson.Options), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(webAppUrl, content, cancellation);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The Apps Script web app answered {(int)response.StatusCode} {response.ReasonPhrase}.", null, response.StatusCode);
        }
    }
}
