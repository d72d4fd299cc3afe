using System;
using AppsScript.Interop;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

public class SavedTrack
{
    [JsonProperty("added_at")]
    public string? AddedAt { get; set; }

    [JsonProperty(PropertyName = "track_id")]
    public string? TrackId { get; set; }

    public string? Note { get; set; }
}

[JsonObject(NamingStrategyType = typeof(SnakeCaseNamingStrategy))]
public class TokenResponse
{
    public string? AccessToken { get; set; }
    public string? TokenType { get; set; }
    public int? ExpiresIn { get; set; }
    public string? HTTPStatus { get; set; }
    [JsonProperty("scope")]
    public string? GrantedScopes { get; set; }
}

[JsonObject(NamingStrategyType = typeof(CamelCaseNamingStrategy))]
public record Page(string? Href, int? Total, string? NextURL, string? ID);

[JsonObject(NamingStrategyType = typeof(KebabCaseNamingStrategy))]
public record Header(string? ContentType, string? XRequestId);

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var saved = new SavedTrack { AddedAt = "2026-01-01T00:00:00Z", TrackId = "abc", Note = "n" };
        var json = JsonConvert.SerializeObject(saved);
        Console.WriteLine(json);
        var back = JsonConvert.DeserializeObject<SavedTrack>(json)!;
        Console.WriteLine($"{back.AddedAt} {back.TrackId} {back.Note}");

        var token = JsonConvert.DeserializeObject<TokenResponse>("{\"access_token\":\"tok\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\"a b\",\"refresh_token\":\"ignored\",\"http_status\":\"200\"}")!;
        Console.WriteLine($"{token.AccessToken} {token.TokenType} {token.ExpiresIn} {token.GrantedScopes} {token.HTTPStatus}");
        Console.WriteLine(JsonConvert.SerializeObject(token));
        Console.WriteLine(JsonConvert.SerializeObject(new Page("h", 3, "n", "i")));
        Console.WriteLine(JsonConvert.SerializeObject(new Header("application/json", "r-1")));
        var page = JsonConvert.DeserializeObject<Page>("{\"nextURL\":\"next\",\"id\":\"x\",\"total\":1}")!;
        Console.WriteLine($"{page.Href} {page.Total} {page.NextURL} {page.ID}");
    }
}
