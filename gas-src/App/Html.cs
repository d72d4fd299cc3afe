namespace SpotifySync.App;

/// <summary>Text inside the pages the script serves: what Spotify or a person typed must not become markup.</summary>
public static class Html
{
    public static string Escape(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");
}
