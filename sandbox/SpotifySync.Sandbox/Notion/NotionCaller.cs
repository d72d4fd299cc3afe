namespace SpotifySync.Sandbox.Notion;

/// <summary>Who is asking: the integration's token and the API version the request names.</summary>
internal sealed record NotionCaller(string Token, NotionVersion Version);
