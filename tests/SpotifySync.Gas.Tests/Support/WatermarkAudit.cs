using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using SpotifySync.Sandbox.Spotify.Library;

namespace SpotifySync.Gas.Tests.Support;

/// <summary>
/// Checks the saved-tracks watermark the sync stored against Notion at this instant: every like it covers (older
/// than its <c>addedAt</c>, or of that second and among its <c>keys</c>) must have a page, since the watermark moves
/// only after a batch is in Notion. The one exception is the backlog a full sync's walk still owns (the first sync,
/// or more new likes than the head walk reads): while the walk is under way, the oldest <c>total - offset</c> likes
/// are not yet its business, and before it saved a first offset none are.
/// </summary>
internal static class WatermarkAudit
{
    public const string WatermarkKey = "SPOTIFY_SYNC_STATE_SAVED_TRACKS_WATERMARK";
    public const string FullSyncKey = "SPOTIFY_SYNC_STATE_FULL_SYNC";

    /// <summary>The likes the stored watermark has passed that have no page; empty when the watermark is right.</summary>
    public static IReadOnlyList<SavedTrack> SkippedLikes(SyncWorld world)
    {
        var properties = world.Cloud.Environment.ScriptProperties;
        if (properties.Get(WatermarkKey) is not { } stored) return [];
        var watermark = JsonNode.Parse(stored)!;
        if ((string?)watermark["addedAt"] is not { } addedAtText) return [];
        var addedAt = DateTimeOffset.Parse(addedAtText, System.Globalization.CultureInfo.InvariantCulture);
        var keys = watermark["keys"]?.AsArray().Select(key => (string?)key).ToHashSet(StringComparer.Ordinal) ?? [];
        var liked = world.Cloud.Spotify.Library.SavedTracksAt(world.Cloud.Clock.GetUtcNow());
        var walked = liked.Count - NotYetWalked(properties.Get(FullSyncKey), liked.Count);
        var inNotion = world.Cloud.Notion.Workspace.Pages(world.Tracks.DataSourceId).Select(page => page.Text("Spotify ID")).ToHashSet(StringComparer.Ordinal);
        return liked.Take(walked)
            .Where(like => like.Track.Id is not null && (like.AddedAt < addedAt || (like.AddedAt == addedAt && keys.Contains(like.Track.Id))))
            .Where(like => !inNotion.Contains(like.Track.Id!))
            .ToList();
    }

    /// <summary>How many of the oldest likes a full sync's walk in progress still has to reach.</summary>
    private static int NotYetWalked(string? fullSync, int liked)
    {
        if (fullSync is null) return 0;
        var state = JsonNode.Parse(fullSync)!;
        if ((string?)state["phase"] != "walk") return 0;
        if ((int?)state["total"] is not { } total) return liked;
        return Math.Max(0, total - ((int?)state["offset"] ?? 0));
    }
}
