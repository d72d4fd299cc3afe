using System;
using System.Collections.Generic;
using SpotifySync.Core.Notion.Model;
using SpotifySync.Core.Notion;
using SpotifySync.Core.Spotify.Model;
using SpotifySync.Core.Sync.Results;
using SpotifySync.Core.Timing;
using SpotifySync.Core.Tracks;

namespace SpotifySync.Core.Sync;

/// <summary>
/// The recently played sync: the plays after the persisted cursor (<c>after</c>, Unix milliseconds), grouped by
/// track, update Last Played and Play Count (see <see cref="Tracks.TrackChanges.Plays"/>: a page never counts a
/// play twice, even when a run dies between its update and the cursor's save), and create the missing pages with
/// Source Recently Played. The cursor moves after the batch is in Notion. Spotify keeps only the last 50 plays, so
/// the trigger should run this at least every couple of hours.
/// </summary>
public sealed class RecentlyPlayedSync
{
    public const string Operation = "syncRecentlyPlayed";

    /// <summary>Spotify's largest page, and all it keeps.</summary>
    public const int PageSize = 50;

    /// <summary>
    /// How long a run waits for the lock. Its trigger fires in step with the sync trigger's (both count from the
    /// same setup), so it would otherwise skip every time; half a minute outlasts an idle or small sync run, while a
    /// long one makes it skip to its next firing, well before Spotify forgets a play.
    /// </summary>
    public const int LockWaitMilliseconds = 30000;

    private readonly SyncServices _services;

    public RecentlyPlayedSync(SyncServices services)
    {
        _services = services;
    }

    public RecentlyPlayedResult Run()
    {
        var result = new RecentlyPlayedResult();
        var outcome = _services.Runner.RunWaiting(Operation, LockWaitMilliseconds, () => Sync(result));
        result.Status = outcome.Status;
        result.Error = outcome.Error;
        result.DurationMs = outcome.DurationMs;
        result.Cursor = _services.Store.RecentlyPlayedCursor();
        result.Summary = $"{Operation}: {outcome.Status}, {result.Plays} play(s), {result.PlaysCounted} counted{SyncSummary.Counts(result.Tracks)}{SyncSummary.Error(outcome)}";
        _services.Ports.Log.Info(result.Summary);
        _services.Notifier.Notify(Operation, result.Tracks.CreatedIds);
        return result;
    }

    private string Sync(RecentlyPlayedResult result)
    {
        var cursor = _services.Store.RecentlyPlayedCursor();
        while (true)
        {
            var page = _services.Spotify.GetRecentlyPlayed(cursor, PageSize);
            var plays = page.Items ?? new List<SpotifyPlayHistory>();
            if (plays.Count == 0) return RunStatuses.Done;
            result.Plays += plays.Count;
            var order = new List<string>();
            var byTrack = new Dictionary<string, List<SpotifyPlayHistory>>();
            long newest = cursor ?? 0;
            foreach (var play in plays)
            {
                if (IsoTime.Parse(play.PlayedAt) is { } playedAt) newest = Math.Max(newest, new DateTimeOffset(playedAt).ToUnixTimeMilliseconds());
                if (Skip(play.Track, result)) continue;
                var id = play.Track!.Id!;
                if (!byTrack.ContainsKey(id))
                {
                    byTrack[id] = new List<SpotifyPlayHistory>();
                    order.Add(id);
                }
                byTrack[id].Add(play);
            }
            if (!_services.Pace.StartsBatch(order.Count + 1)) return RunStatuses.Stopped;
            var pages = order.Count == 0 ? new Dictionary<string, Tracks.TrackPage>() : _services.Index().Find(order);
            foreach (var id in order)
            {
                if (!_services.Pace.Fits(1)) return RunStatuses.Stopped;
                Write(id, byTrack[id], pages, result);
            }
            _services.Store.SaveRecentlyPlayedCursor(newest);
            cursor = newest;
            if (page.Next is null) return RunStatuses.Done;
        }
    }

    private void Write(string id, List<SpotifyPlayHistory> plays, Dictionary<string, Tracks.TrackPage> pages, RecentlyPlayedResult result)
    {
        var playedAts = new List<string>();
        var newest = plays[0];
        foreach (var play in plays)
        {
            if (play.PlayedAt is null) continue;
            playedAts.Add(play.PlayedAt);
            if (IsoTime.Parse(play.PlayedAt) > IsoTime.Parse(newest.PlayedAt)) newest = play;
        }
        if (pages.TryGetValue(id, out var page))
        {
            var changes = new Dictionary<string, NotionPropertyValue>();
            var counted = _services.Changes.Plays(changes, page, playedAts);
            if (_services.Writer().Update(page, changes, result.Tracks)) result.PlaysCounted += counted;
            return;
        }
        var request = TrackPageMapper.NewPage(_services.DataSourceId(), _services.Names, newest.Track!, new TrackContext { Source = TrackSources.RecentlyPlayed, PlayedAt = newest.PlayedAt });
        request.Properties[_services.Names.PlayCount] = NotionValues.Number(playedAts.Count);
        if (_services.Writer().Create(id, request, result.Tracks) is not null) result.PlaysCounted += playedAts.Count;
    }

    /// <summary>True for a play that gets no page: a local file (counted), or an episode unless episodes are included.</summary>
    private bool Skip(SpotifyTrack? track, RecentlyPlayedResult result)
    {
        if (track is null || track.IsLocal == true || track.Id is null)
        {
            result.Tracks.SkippedLocal++;
            return true;
        }
        if (track.Type == "episode" && !_services.Options.IncludeEpisodes)
        {
            result.Tracks.SkippedEpisodes++;
            return true;
        }
        return false;
    }
}
