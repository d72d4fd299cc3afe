using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SpotifySync.Core.Scenarios.World;
using SpotifySync.Sandbox;
using SpotifySync.Sandbox.Faults;
using SpotifySync.Sandbox.Hosting;
using SpotifySync.Sandbox.Notion;
using SpotifySync.Sandbox.Spotify;
using SpotifySync.Sandbox.Spotify.Library;

namespace SpotifySync.Core.Scenarios.Tests.World;

/// <summary>
/// <see cref="IScenarioWorld"/> over the sandbox's simulators, the same object on both runtimes: the scenarios call it
/// directly on .NET, and under the emulator through the host object the harness injects. What differs between the
/// runtimes comes in as arguments: how time passes, and where the script's mail and properties are kept.
/// </summary>
internal sealed class SandboxWorld : IScenarioWorld
{
    private readonly SpotifySimulator _spotify;
    private readonly NotionSimulator _notion;
    private readonly string _tracksDataSourceId;
    private readonly TimeProvider _clock;
    private readonly Action<TimeSpan> _letTimePass;
    private readonly CompanionStandIn _companion;
    private readonly Func<IEnumerable<string>> _mailSubjects;
    private readonly Func<IReadOnlyDictionary<string, string>> _properties;
    private readonly Random _ids;

    /// <param name="letTimePass">Moves the clock the sync, the simulators and <paramref name="clock"/> share.</param>
    /// <param name="mailSubjects">The subjects of the mail the script sent, as the runtime keeps it.</param>
    /// <param name="properties">The script properties, as the runtime keeps them.</param>
    public SandboxWorld(SandboxApis apis, NotionDatabaseIds tracks, TimeProvider clock, Action<TimeSpan> letTimePass, CompanionStandIn companion,
        Func<IEnumerable<string>> mailSubjects, Func<IReadOnlyDictionary<string, string>> properties)
    {
        _spotify = apis.Spotify;
        _notion = apis.Notion;
        _tracksDataSourceId = tracks.DataSourceId;
        _clock = clock;
        _letTimePass = letTimePass;
        _companion = companion;
        _mailSubjects = mailSubjects;
        _properties = properties;
        _ids = new SandboxRandom(WorldSetup.Seed).For("scenario-world");
    }

    private SpotifyLibrary Library => _spotify.Library;

    private DateTimeOffset Now => _clock.GetUtcNow();

    public void LetTimePass(int seconds) => _letTimePass(TimeSpan.FromSeconds(seconds));

    public LikedTrack[] LikedTracks() => Library.SavedTracksAt(Now).Select(Liked).ToArray();

    public LikedTrack[] LikeTracks(int count, int withinSeconds) =>
        Library.ScheduleLikes(count, Now, TimeSpan.FromSeconds(withinSeconds)).Select(Liked).ToArray();

    public LikedTrack LikeAnotherTrack(string at)
    {
        var track = Library.Tracks.First(t => !t.IsLocal && !Library.IsLiked(t));
        Library.Like(track, DateTimeOffset.Parse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
        return Liked(Library.Likes.Single(like => like.Track == track));
    }

    public string LikeNewTrackNamed(string name)
    {
        var track = Library.AddTrack(Library.Tracks.First(t => !t.IsLocal) with { Id = SpotifyIds.NewId(_ids), Name = name, Isrc = null });
        Library.Like(track, Now);
        return track.Id!;
    }

    public void Unlike(string trackId) => Library.Unlike(Track(trackId));

    public TrackPlay[] PlayTracks(int count, int withinSeconds) =>
        Library.SchedulePlays(count, Now, TimeSpan.FromSeconds(withinSeconds)).Select(Played).ToArray();

    public TrackPlay PlayTrack(string trackId, int inSeconds) => Played(Library.AddPlay(Track(trackId), Now.AddSeconds(inSeconds)));

    public TrackPlay[] RecentPlays() => Library.RetrievablePlaysAt(Now).Select(Played).ToArray();

    public PlaylistContents[] Playlists() => Library.Playlists.Select(Contents).ToArray();

    public string CreatePlaylist(string name, int tracks)
    {
        var playlist = Library.AddPlaylist(SpotifyIds.NewId(_ids), name, "", Library.User, isPublic: false, collaborative: false, images: []);
        foreach (var track in Library.Tracks.Where(t => !t.IsLocal).Take(tracks)) Library.AddToPlaylist(playlist, track, null, Now, Library.User);
        return playlist.Id;
    }

    public void AddToPlaylist(string playlistId, string trackId) =>
        Library.AddToPlaylist(Library.FindPlaylist(playlistId) ?? throw new ArgumentException($"Spotify has no playlist {playlistId}."), Track(trackId), null, Now, Library.User);

    public void RevokeSpotifyAccess() => _spotify.Tokens.RevokeAll();

    public TrackPage[] Pages() => _notion.Workspace.Pages(_tracksDataSourceId).Select(Page).ToArray();

    public string AddPageAsPerson(string spotifyId, string name) =>
        _notion.Workspace.AddPage(_tracksDataSourceId, new Dictionary<string, object?> { ["Name"] = name, ["Spotify ID"] = spotifyId });

    public void EditTextAsPerson(string pageId, string property, string text) => _notion.Workspace.EditAsPerson(pageId, property, text);

    public void EditCheckboxAsPerson(string pageId, string property, bool value) => _notion.Workspace.EditAsPerson(pageId, property, value);

    public void EditOptionsAsPerson(string pageId, string property, string[] options) => _notion.Workspace.EditAsPerson(pageId, property, options);

    public void FailNext(string service, string endpoint, string fault, int times, int retryAfterSeconds) =>
        Simulator(service).Faults.Next(endpoint, new Fault(Enum.Parse<FaultKind>(fault), retryAfterSeconds > 0 ? TimeSpan.FromSeconds(retryAfterSeconds) : null), times);

    public void AnswerAfter(string service, int milliseconds) =>
        Simulator(service).Faults.WithLatency(FaultPlan.AnyEndpoint, LatencyModel.Fixed(TimeSpan.FromMilliseconds(milliseconds)));

    public int Calls(string service, string endpoint) => CallsTo(service, endpoint).Count();

    public long[] CallTimes(string service, string endpoint) => CallsTo(service, endpoint).Select(call => call.At.ToUnixTimeMilliseconds()).ToArray();

    public void ForgetCalls()
    {
        _spotify.Traffic.Clear();
        _notion.Traffic.Clear();
    }

    public string[] MailSubjects() => _mailSubjects().ToArray();

    public string[] StoredProperties() => _properties().OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}").ToArray();

    public string CompanionUrl() => CompanionStandIn.Url;

    public string WebhookSecret() => CompanionStandIn.Secret;

    public void CompanionAnswers(int status) => _companion.Status = status;

    public CompanionRequest[] CompanionRequests() => _companion.Received(Now).ToArray();

    public string CompanionEnvelope(string payload, int secondsAgo, string secret) => CompanionStandIn.Envelope(payload, Now.AddSeconds(-secondsAgo), secret);

    private ISimulator Simulator(string service) => service switch
    {
        "spotify" => _spotify,
        "notion" => _notion,
        _ => throw new ArgumentException($"The world has no service {service}: spotify or notion."),
    };

    private IEnumerable<TrafficEntry> CallsTo(string service, string endpoint) =>
        Simulator(service).Traffic.Entries.Where(call => endpoint == "" || call.Endpoint == endpoint);

    private Track Track(string id) => Library.FindTrack(id) ?? throw new ArgumentException($"Spotify's catalog has no track {id}.");

    private static LikedTrack Liked(SavedTrack like) => new() { TrackId = like.Track.Id!, Name = like.Track.Name, AddedAt = like.AddedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ") };

    private static TrackPlay Played(Play play) => new() { TrackId = play.Track.Id!, PlayedAt = play.PlayedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ") };

    private PlaylistContents Contents(Playlist playlist)
    {
        var entries = Library.EntriesOf(playlist);
        return new PlaylistContents
        {
            Id = playlist.Id,
            Name = playlist.Name,
            Readable = Library.MayReadContents(playlist),
            Entries = entries.Count,
            TrackIds = entries.Where(e => e.Track is { IsLocal: false }).Select(e => e.Track!.Id!).Distinct().ToArray(),
            Episodes = entries.Count(e => e.Episode is not null),
            LocalFiles = entries.Count(e => e.Track is { IsLocal: true }),
            Unavailable = entries.Count(e => e.Track is null && e.Episode is null),
        };
    }

    private static TrackPage Page(NotionPageSnapshot page) => new()
    {
        Id = page.Id,
        SpotifyId = page.Text("Spotify ID"),
        Name = page.Text("Name"),
        Artist = page.Text("Artist"),
        Source = page.Select("Source"),
        Playlists = page.MultiSelect("Playlists").ToArray(),
        InLibrary = page.Checkbox("In Library"),
        PlayCount = page.Number("Play Count"),
        AddedAt = page.Date("Added At")?.Start,
        LastPlayed = page.Date("Last Played")?.Start,
        DownloadStatus = page.Select("Download Status"),
        Downloaded = page.Checkbox("Downloaded"),
        FilePath = page.Text("File Path"),
    };
}
