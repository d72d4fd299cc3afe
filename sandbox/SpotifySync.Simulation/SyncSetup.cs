using SpotifySync.Sandbox.Notion;

namespace SpotifySync.Simulation;

/// <summary>
/// What a person does before the first run, done in the simulated world: an empty "Music Tracks" database in Notion
/// shared with the integration, and the Script Properties docs/setup.md lists, pointing at the simulators.
/// </summary>
public static class SyncSetup
{
    /// <summary>Creates the database and sets the properties; returns the database and its data source.</summary>
    public static NotionDatabaseIds Prepare(SimulatedCloud cloud)
    {
        var tracks = cloud.Notion.Workspace.CreateDatabase("Music Tracks", """{"Name":{"title":{}}}""");
        var properties = cloud.Environment.ScriptProperties;
        properties.Set("SPOTIFY_CLIENT_ID", cloud.Options.SpotifyClientId);
        properties.Set("SPOTIFY_CLIENT_SECRET", cloud.Options.SpotifyClientSecret);
        properties.Set("SPOTIFY_REFRESH_TOKEN", cloud.Spotify.Tokens.IssueRefreshToken(authorizedAt: cloud.Clock.GetUtcNow()));
        properties.Set("NOTION_TOKEN", cloud.Options.NotionToken);
        properties.Set("TRACKS_DB_ID", tracks.DatabaseId);
        return tracks;
    }
}
