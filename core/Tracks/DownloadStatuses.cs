namespace SpotifySync.Core.Tracks;

/// <summary>The options of the Download Status select, which the companion's download workflow writes.</summary>
public static class DownloadStatuses
{
    public const string Pending = "Pending";
    public const string Downloading = "Downloading";
    public const string Downloaded = "Downloaded";
    public const string NotFound = "Not Found";
    public const string Failed = "Failed";
}
