using System.Text.Json;

namespace SpotifySync.Companion.Api;

/// <summary>What the webhook API answered: the status and the body as sent, and the refusal it tells when it is a problem (RFC 9457).</summary>
public sealed record GasApiAnswer(int Status, string Reason, string? MediaType, string Body)
{
    public bool Succeeded => Status is >= 200 and < 300;

    /// <summary>A person's sentence for an answer that is not a success: the problem's status, code and detail, or what else came back.</summary>
    public string Refusal()
    {
        if (MediaType == "application/problem+json")
        {
            try
            {
                using var problem = JsonDocument.Parse(Body);
                var root = problem.RootElement;
                var error = root.TryGetProperty("error", out var code) ? $" {code.GetString()}" : "";
                var detail = root.TryGetProperty("detail", out var text) ? text.GetString() : root.TryGetProperty("title", out var title) ? title.GetString() : "";
                return $"{Status}{error}: {detail}";
            }
            catch (JsonException)
            {
                // A problem that is not JSON is told as any other answer.
            }
        }
        var start = string.Join(' ', Body.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries));
        return $"{Status} {Reason}, not the webhook API's answer (it began: {start[..System.Math.Min(start.Length, 80)]}): check the address";
    }
}
