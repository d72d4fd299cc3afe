namespace SpotifySync.Companion.Downloads;

/// <summary>What one pass of the download workflow did.</summary>
public sealed class DownloadCounts
{
    public int Pending { get; set; }
    public int Downloaded { get; set; }
    public int NotFound { get; set; }
    public int Failed { get; set; }
    public int Retried { get; set; }
    public int MissingFiles { get; set; }
}
