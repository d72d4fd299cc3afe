using System;
using System.Collections.Generic;
using System.Linq;

namespace SpotifySync.Sandbox.Spotify.Library;

/// <summary>
/// One user's Spotify: the catalog their tracks come from, their liked tracks, their plays and their playlists.
/// Likes and plays are kept on a timeline: one dated after "now" is scheduled, and the API shows it once the
/// simulated clock has passed its time, so a test can say "40 new likes over the next day" up front. Tests read
/// and change the state directly (like, unlike, play, add to a playlist); every member is thread-safe.
/// </summary>
public sealed class SpotifyLibrary
{
    /// <summary>Spotify keeps only the most recent 50 plays retrievable.</summary>
    public const int RetrievablePlays = 50;

    private readonly object _gate = new();
    private readonly List<Track> _tracks;
    private readonly List<Episode> _episodes;
    private readonly List<Playlist> _playlists;
    private readonly List<SavedTrack> _likes = [];
    private readonly List<Play> _plays = [];
    private readonly Random _schedule;

    public SpotifyLibrary(SpotifyUser user, IEnumerable<Track> tracks, IEnumerable<Episode> episodes, Random schedule)
    {
        User = user ?? throw new ArgumentNullException(nameof(user));
        _tracks = tracks.ToList();
        _episodes = episodes.ToList();
        _playlists = [];
        _schedule = schedule ?? throw new ArgumentNullException(nameof(schedule));
    }

    public SpotifyUser User { get; }

    /// <summary>The catalog: every track and local file the library knows, liked or not.</summary>
    public IReadOnlyList<Track> Tracks => Locked(() => _tracks.ToArray());

    public IReadOnlyList<Episode> Episodes => Locked(() => _episodes.ToArray());

    /// <summary>The user's playlists in the order <c>/me/playlists</c> lists them.</summary>
    public IReadOnlyList<Playlist> Playlists => Locked(() => _playlists.ToArray());

    /// <summary>Every like, including scheduled ones, newest first.</summary>
    public IReadOnlyList<SavedTrack> Likes => Locked(() => _likes.ToArray());

    /// <summary>Every play, including scheduled ones, newest first.</summary>
    public IReadOnlyList<Play> Plays => Locked(() => _plays.ToArray());

    public Track? FindTrack(string id) => Locked(() => _tracks.FirstOrDefault(t => t.Id == id));

    public Playlist? FindPlaylist(string id) => Locked(() => _playlists.FirstOrDefault(p => p.Id == id));

    /// <summary>The liked tracks as of <paramref name="now"/>, newest first, as <c>/me/tracks</c> pages them.</summary>
    public IReadOnlyList<SavedTrack> SavedTracksAt(DateTimeOffset now) => Locked(() => _likes.Where(l => l.AddedAt <= now).ToArray());

    /// <summary>The plays <c>/me/player/recently-played</c> can reach at <paramref name="now"/>: the last 50, newest first.</summary>
    public IReadOnlyList<Play> RetrievablePlaysAt(DateTimeOffset now) =>
        Locked(() => _plays.Where(p => p.PlayedAt <= now).Take(RetrievablePlays).ToArray());

    public bool IsLiked(Track track) => Locked(() => _likes.Any(l => l.Track == track));

    /// <summary>Saves <paramref name="track"/> at <paramref name="at"/> (a future time schedules it). False when it is already liked.</summary>
    public bool Like(Track track, DateTimeOffset at)
    {
        CheckLikeable(track);
        lock (_gate)
        {
            if (_likes.Any(l => l.Track == track)) return false;
            // Seconds, as added_at has no finer precision; among likes of the same second the later one is newer.
            var like = new SavedTrack(TruncateToSeconds(at), track);
            var index = _likes.FindIndex(l => l.AddedAt <= like.AddedAt);
            _likes.Insert(index < 0 ? _likes.Count : index, like);
            return true;
        }
    }

    /// <summary>Removes the like of <paramref name="track"/>, past or scheduled. False when it was not liked.</summary>
    public bool Unlike(Track track) => Locked(() => _likes.RemoveAll(l => l.Track == track) > 0);

    /// <summary>Records a play of <paramref name="track"/> at <paramref name="at"/> (a future time schedules it).</summary>
    public Play AddPlay(Track track, DateTimeOffset at, PlayContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(track);
        if (track.IsLocal) throw new ArgumentException("Plays of local files are not reported by the Web API.", nameof(track));
        lock (_gate)
        {
            // played_at has millisecond precision and is the cursor, so two plays never share a millisecond.
            var playedAt = TruncateToMilliseconds(at);
            while (_plays.Any(p => p.PlayedAt == playedAt)) playedAt = playedAt.AddMilliseconds(1);
            var play = new Play(playedAt, track, context);
            var index = _plays.FindIndex(p => p.PlayedAt < playedAt);
            _plays.Insert(index < 0 ? _plays.Count : index, play);
            return play;
        }
    }

    /// <summary>
    /// Schedules <paramref name="count"/> likes of tracks not yet liked, at seeded random times in
    /// [<paramref name="from"/>, <paramref name="from"/> + <paramref name="over"/>).
    /// </summary>
    public IReadOnlyList<SavedTrack> ScheduleLikes(int count, DateTimeOffset from, TimeSpan over)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (_gate)
        {
            var candidates = _tracks.Where(t => !t.IsLocal && !_likes.Any(l => l.Track == t)).ToList();
            if (candidates.Count < count)
            {
                throw new InvalidOperationException($"Only {candidates.Count} tracks of the catalog are not liked yet; {count} likes cannot be scheduled.");
            }
            var scheduled = new List<SavedTrack>(count);
            for (var i = 0; i < count; i++)
            {
                var pick = _schedule.Next(candidates.Count);
                var track = candidates[pick];
                candidates.RemoveAt(pick);
                Like(track, RandomTime(from, over));
                scheduled.Add(_likes.First(l => l.Track == track));
            }
            return scheduled.OrderByDescending(l => l.AddedAt).ToArray();
        }
    }

    /// <summary>Schedules <paramref name="count"/> plays of catalog tracks (liked ones more often) at seeded random times.</summary>
    public IReadOnlyList<Play> SchedulePlays(int count, DateTimeOffset from, TimeSpan over)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (_gate)
        {
            var playable = _tracks.Where(t => !t.IsLocal).ToArray();
            var liked = _likes.Select(l => l.Track).ToArray();
            var scheduled = new List<Play>(count);
            for (var i = 0; i < count; i++)
            {
                var track = liked.Length > 0 && _schedule.NextDouble() < 0.6 ? liked[_schedule.Next(liked.Length)] : playable[_schedule.Next(playable.Length)];
                var context = _schedule.NextDouble() < 0.6 ? new PlayContext("album", track.Album.Id!) : null;
                scheduled.Add(AddPlay(track, RandomTime(from, over), context));
            }
            return scheduled.OrderByDescending(p => p.PlayedAt).ToArray();
        }
    }

    /// <summary>Appends an entry to <paramref name="playlist"/>: a track or local file, an episode, or neither (an unavailable track).</summary>
    public PlaylistEntry AddToPlaylist(Playlist playlist, Track? track, Episode? episode, DateTimeOffset? at, SpotifyUser? by)
    {
        ArgumentNullException.ThrowIfNull(playlist);
        if (track is not null && episode is not null) throw new ArgumentException("An entry holds a track or an episode, not both.");
        var entry = new PlaylistEntry(at is { } time ? TruncateToSeconds(time) : null, by, track, episode);
        lock (_gate)
        {
            playlist.EntryList.Add(entry);
            playlist.Version++;
        }
        return entry;
    }

    public void RemoveFromPlaylist(Playlist playlist, int index)
    {
        ArgumentNullException.ThrowIfNull(playlist);
        lock (_gate)
        {
            playlist.EntryList.RemoveAt(index);
            playlist.Version++;
        }
    }

    public IReadOnlyList<PlaylistEntry> EntriesOf(Playlist playlist) => Locked(() => playlist.EntryList.ToArray());

    /// <summary>Adds a playlist to the user's list; <paramref name="collaborators"/> are the user ids allowed to edit a collaborative one.</summary>
    public Playlist AddPlaylist(string id, string name, string description, SpotifyUser owner, bool isPublic, bool collaborative,
        IReadOnlyList<SpotifyImage> images, int followers = 0, IEnumerable<string>? collaborators = null)
    {
        if (!SpotifyIds.IsBase62Id(id)) throw new ArgumentException($"\"{id}\" is not a 22-character base62 Spotify id.", nameof(id));
        var playlist = new Playlist(id, name, description, owner, isPublic, collaborative, images, followers);
        foreach (var collaborator in collaborators ?? []) playlist.CollaboratorIds.Add(collaborator);
        lock (_gate)
        {
            if (_playlists.Any(p => p.Id == id)) throw new ArgumentException($"The library already has a playlist {id}.", nameof(id));
            _playlists.Add(playlist);
        }
        return playlist;
    }

    /// <summary>Whether the user may read the contents: in development mode only owners and collaborators may.</summary>
    public bool MayReadContents(Playlist playlist) =>
        playlist.Owner.Id == User.Id || (playlist.Collaborative && playlist.CollaboratorIds.Contains(User.Id));

    /// <summary>Adds a track or local file to the catalog, e.g. one with an edge-case title a test needs.</summary>
    public Track AddTrack(Track track)
    {
        ArgumentNullException.ThrowIfNull(track);
        lock (_gate)
        {
            if (track.Id is not null && _tracks.Any(t => t.Id == track.Id)) throw new ArgumentException($"The catalog already has a track {track.Id}.", nameof(track));
            _tracks.Add(track);
        }
        return track;
    }

    private DateTimeOffset RandomTime(DateTimeOffset from, TimeSpan over) =>
        from + TimeSpan.FromMilliseconds(Math.Floor(_schedule.NextDouble() * over.TotalMilliseconds));

    private static void CheckLikeable(Track track)
    {
        ArgumentNullException.ThrowIfNull(track);
        if (track.IsLocal) throw new ArgumentException("A local file cannot be saved to the user's library.", nameof(track));
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset at) =>
        new(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

    private static DateTimeOffset TruncateToMilliseconds(DateTimeOffset at) =>
        new(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);

    private T Locked<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }
}
