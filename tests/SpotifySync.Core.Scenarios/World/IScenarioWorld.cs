using AppsScript.Interop;

namespace SpotifySync.Core.Scenarios.World;

/// <summary>
/// The world a scenario plays in: the sandbox's simulated Spotify library and Notion workspace, on the scenario's
/// clock, with a stand-in for the companion. Through it a scenario does what people and services do (like a track,
/// edit a page, fail the next request, let time pass) and sees what shows outside the sync (the pages, the calls each
/// service answered, the mail sent, what the companion received). One .NET object over the sandbox implements it on
/// both runtimes: called directly on .NET, and under the emulator as the host object the test harness puts in the
/// script's global scope (<see cref="External"/>: calls go to it with camelCase names, values cross as JSON).
/// Services are named <c>spotify</c> and <c>notion</c>, endpoints as the simulators name them
/// (<c>POST /v1/pages</c>, <c>GET /v1/me/tracks</c>), faults by the sandbox's FaultKind names.
/// </summary>
[External]
public interface IScenarioWorld
{
    /// <summary>Lets <paramref name="seconds"/> pass on the clock the sync and the services share.</summary>
    void LetTimePass(int seconds);

    /// <summary>The liked tracks, newest like first, as <c>/me/tracks</c> lists them.</summary>
    LikedTrack[] LikedTracks();

    /// <summary>Likes <paramref name="count"/> tracks not liked yet, at random moments of the next <paramref name="withinSeconds"/>; newest first.</summary>
    LikedTrack[] LikeTracks(int count, int withinSeconds);

    /// <summary>Likes one track not liked yet at <paramref name="at"/> (ISO 8601, past or future); Spotify keeps the second.</summary>
    LikedTrack LikeAnotherTrack(string at);

    /// <summary>Adds a track named <paramref name="name"/> to the catalog and likes it now; returns its ID.</summary>
    string LikeNewTrackNamed(string name);

    void Unlike(string trackId);

    /// <summary>Plays <paramref name="count"/> tracks at random moments of the next <paramref name="withinSeconds"/>; newest first.</summary>
    TrackPlay[] PlayTracks(int count, int withinSeconds);

    /// <summary>Plays a track <paramref name="inSeconds"/> from now.</summary>
    TrackPlay PlayTrack(string trackId, int inSeconds);

    /// <summary>The plays Spotify's recently played lists now (its last 50), newest first.</summary>
    TrackPlay[] RecentPlays();

    /// <summary>The user's playlists with what they hold.</summary>
    PlaylistContents[] Playlists();

    /// <summary>Creates a playlist of the user's named <paramref name="name"/> holding <paramref name="tracks"/> catalog tracks; returns its ID.</summary>
    string CreatePlaylist(string name, int tracks);

    void AddToPlaylist(string playlistId, string trackId);

    /// <summary>The user withdraws the app's access: every token Spotify issued stops working.</summary>
    void RevokeSpotifyAccess();

    /// <summary>The pages of the Tracks data source not in the trash, in creation order.</summary>
    TrackPage[] Pages();

    /// <summary>A person adds a page to the Tracks data source; returns its ID.</summary>
    string AddPageAsPerson(string spotifyId, string name);

    /// <summary>A person sets a title, text or select property of a page.</summary>
    void EditTextAsPerson(string pageId, string property, string text);

    void EditCheckboxAsPerson(string pageId, string property, bool value);

    /// <summary>A person sets a multi-select property of a page to these options.</summary>
    void EditOptionsAsPerson(string pageId, string property, string[] options);

    /// <summary>The next <paramref name="times"/> requests to the endpoint fail with the fault, a 429's saying to retry after the seconds given.</summary>
    void FailNext(string service, string endpoint, string fault, int times, int retryAfterSeconds);

    /// <summary>Every response of the service takes <paramref name="milliseconds"/>.</summary>
    void AnswerAfter(string service, int milliseconds);

    /// <summary>The calls the service answered since the last <see cref="ForgetCalls"/>, to one endpoint, or to any when it is empty.</summary>
    int Calls(string service, string endpoint);

    /// <summary>When each of those calls arrived, in Unix milliseconds.</summary>
    long[] CallTimes(string service, string endpoint);

    void ForgetCalls();

    /// <summary>The subjects of the mail the script sent.</summary>
    string[] MailSubjects();

    /// <summary>The script properties (settings and the sync's state) as <c>key=value</c> lines, sorted by key.</summary>
    string[] StoredProperties();

    /// <summary>The companion's address, for <c>COMPANION_URL</c>.</summary>
    string CompanionUrl();

    /// <summary>The secret the companion shares with the script, for <c>WEBHOOK_SECRET</c>.</summary>
    string WebhookSecret();

    /// <summary>The status the companion answers with from now on (202 at first).</summary>
    void CompanionAnswers(int status);

    /// <summary>The requests the companion received, each with its verdict on the signature.</summary>
    CompanionRequest[] CompanionRequests();

    /// <summary>The envelope the companion posts to <c>doPost</c> for <paramref name="payload"/>, signed <paramref name="secondsAgo"/> ago with the secret given.</summary>
    string CompanionEnvelope(string payload, int secondsAgo, string secret);
}
