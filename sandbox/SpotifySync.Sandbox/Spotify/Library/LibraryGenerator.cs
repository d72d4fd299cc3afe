using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SpotifySync.Sandbox.Spotify.Library;

/// <summary>
/// Generates a library deterministic for a seed, with the metadata a sync must survive: several artists on a
/// track, titles and names in many scripts (accents, CJK, Cyrillic, Arabic, emoji), classical titles hundreds of
/// characters long, "feat." and "- Remastered" suffixes, release dates of year, month or day precision, local files
/// with no id, podcast episodes and unavailable entries in playlists, playlists the user does not own.
/// </summary>
public static class LibraryGenerator
{
    private static readonly string[] ArtistNames =
    [
        "Maribou State", "Andreya Triana", "Sigur Rós", "Beyoncé", "Mø", "宇多田ヒカル", "YOASOBI", "BTS", "아이유", "Кино", "Земфира",
        "Fairuz", "فيروز", "Ólafur Arnalds", "Björk", "Motörhead", "Mötley Crüe", "Daft Punk", "Stromae", "Rosalía", "Bad Bunny",
        "Ludwig van Beethoven", "Berliner Philharmoniker", "Herbert von Karajan", "Nina Simone", "The Weeknd", "Tame Impala",
        "Khruangbin", "Tinariwen", "Ali Farka Touré", "Anoushka Shankar", "坂本龍一", "Ryuichi Sakamoto", "Jóhann Jóhannsson",
        "Los Ángeles Azules", "Caetano Veloso", "Gilberto Gil", "ABBA", "Sébastien Tellier", "Christine and the Queens",
        "Hania Rani", "Zbigniew Preisner", "Anouar Brahem", "Dua Lipa", "$uicideboy$", "MF DOOM", "Ms. Lauryn Hill", "!!!",
        "The Notorious B.I.G.", "Florence + The Machine", "Sufjan Stevens", "Ibeyi", "Mdou Moctar", "Joe Hisaishi", "久石譲",
    ];

    private static readonly string[] Words =
    [
        "Midnight", "Gold", "Silver", "Echoes", "Northern", "Lights", "River", "Home", "Ghost", "Heart", "Fire", "Paper", "Moon",
        "Ocean", "Summer", "Winter", "Glass", "Neon", "Velvet", "Dreams", "Runaway", "Horizon", "Wild", "Electric", "Quiet",
        "Sonne", "Liebe", "Nacht", "Amour", "Cœur", "Été", "Mañana", "Corazón", "Saudade", "Ljós", "Sóley", "夜", "光", "東京",
        "사랑", "봄날", "Звезда", "Город", "حبيبي", "ليل", "🌙", "✨", "Ø", "Zürich", "Kraków",
    ];

    private static readonly string[] Keys = ["C Major", "D Minor", "E-Flat Major", "F Minor", "G Major", "A Minor", "B-Flat Major", "C-Sharp Minor"];

    private static readonly string[] Tempi = ["Allegro con brio", "Andante cantabile", "Adagio molto e cantabile", "Presto", "Scherzo. Molto vivace", "Finale. Allegro ma non troppo"];

    private static readonly string[] Languages = ["en", "de", "fr", "es", "ja", "pt"];

    public static SpotifyLibrary Generate(LibrarySpec spec, SandboxRandom random, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(random);
        spec.Validate();
        var draw = random.For("spotify-library");
        var user = new SpotifyUser(SpotifyIds.NewUserId(draw), Pick(draw, ["Zoë Ångström", "Joost", "Łukasz Ż.", "美咲", null]), SpotifyIds.NewAccountId(draw), SpotifyIds.UserImages(draw));
        var artists = ArtistNames.Select(name => new Artist(SpotifyIds.NewId(draw), name)).ToArray();
        var tracks = GenerateTracks(draw, artists, spec.Tracks, now);
        var locals = Enumerable.Range(0, spec.LocalFiles).Select(_ => LocalFile(draw)).ToArray();
        var episodes = GenerateEpisodes(draw, spec.Episodes, now);
        var library = new SpotifyLibrary(user, tracks.Concat(locals), episodes, random.For("spotify-schedule"));

        var likeOrder = tracks.OrderBy(_ => draw.Next()).Take(spec.LikedTracks).ToArray();
        foreach (var track in likeOrder)
        {
            library.Like(track, now - TimeSpan.FromSeconds(1 + draw.NextDouble() * spec.LikeHistory.TotalSeconds));
        }

        var otherUsers = Enumerable.Range(0, 3).Select(_ => new SpotifyUser(SpotifyIds.NewUserId(draw), Pick(draw, ["Ana Lúcia", "DJ Ψ", "Another User", "Ким"]), SpotifyIds.NewAccountId(draw), [])).ToArray();
        AddPlaylists(library, draw, spec, tracks, locals, episodes, otherUsers, now);
        AddPlayHistory(library, draw, spec.Plays, tracks, now);
        return library;
    }

    private static Track[] GenerateTracks(Random draw, Artist[] artists, int count, DateTimeOffset now)
    {
        var tracks = new List<Track>(count);
        while (tracks.Count < count)
        {
            var albumArtists = PickArtists(draw, artists, draw.NextDouble() < 0.15 ? 2 : 1);
            var size = Math.Min(count - tracks.Count, draw.NextDouble() < 0.35 ? draw.Next(1, 4) : draw.Next(5, 15));
            var (date, precision, year) = ReleaseDate(draw, now);
            var album = new Album(SpotifyIds.NewId(draw), Title(draw, artists), size <= 3 ? "single" : Pick(draw, ["album", "album", "compilation"]),
                date, precision, size, albumArtists, SpotifyIds.AlbumImages(draw));
            for (var number = 1; number <= size; number++)
            {
                var trackArtists = draw.NextDouble() < 0.25 ? albumArtists.Concat(PickArtists(draw, artists, draw.Next(1, 4))).Distinct().ToArray() : albumArtists;
                var classical = draw.NextDouble() < 0.05;
                var name = classical ? ClassicalTitle(draw) : size == 1 ? album.Name : Title(draw, artists);
                var duration = classical ? draw.Next(240_000, 1_500_000) : (int)Math.Clamp(NextGaussian(draw, 215_000, 60_000), 30_000, 900_000);
                tracks.Add(new Track(SpotifyIds.NewId(draw), name, trackArtists, album, duration, draw.NextDouble() < 0.15,
                    1, number, SpotifyIds.NewIsrc(draw, year), IsLocal: false));
            }
        }
        return tracks.ToArray();
    }

    private static Track LocalFile(Random draw)
    {
        var artist = new Artist(null, Pick(draw, ["Fugees (Refugee Camp)", "My Band, Demo", "Ænima & Co.", "ローカル"]));
        var album = new Album(null, Pick(draw, ["The Score", "Garage Tapes 2009", "Untitled"]), null, null, null, 0, [], []);
        return new Track(null, Pick(draw, ["No Woman, No Cry", "Take 3 (rough mix)", "Übungsraum #2", "未発表"]), [artist], album,
            draw.Next(60, 600) * 1000, false, 0, 0, null, IsLocal: true);
    }

    private static Episode[] GenerateEpisodes(Random draw, int count, DateTimeOffset now)
    {
        var show = new Show(SpotifyIds.NewId(draw), Pick(draw, ["Toni and Ryan", "Les Couilles sur la table", "Song Exploder"]),
            "Weekly conversations about music, love and everything in between…", draw.NextDouble() < 0.3, draw.Next(50, 900), SpotifyIds.ShowImages(draw));
        return Enumerable.Range(0, count).Select(i =>
        {
            var released = now.AddDays(-draw.Next(1, 900));
            return new Episode(SpotifyIds.NewId(draw), $"Episode {show.TotalEpisodes - i}: {Pick(draw, Words)} {Pick(draw, Words)}", show,
                "We talk about the records that shaped us. Check out our Patreon…", draw.Next(900_000, 7_200_000), show.Explicit,
                released.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "day", Pick(draw, Languages), show.Images);
        }).ToArray();
    }

    private static void AddPlaylists(SpotifyLibrary library, Random draw, LibrarySpec spec, Track[] tracks, Track[] locals, Episode[] episodes,
        SpotifyUser[] others, DateTimeOffset now)
    {
        for (var i = 0; i < spec.OwnedPlaylists; i++)
        {
            var playlist = library.AddPlaylist(SpotifyIds.NewId(draw), Title(draw, []), i == 0 ? "" : "Songs for the commute — 通勤", library.User,
                isPublic: i % 2 == 0, collaborative: false, SpotifyIds.PlaylistImages(draw), draw.Next(0, 20));
            var size = i == 0 ? spec.LargestPlaylist : draw.Next(5, 40);
            Fill(library, draw, playlist, tracks, size, [library.User], now);
            if (i != 0) continue;
            foreach (var local in locals) library.AddToPlaylist(playlist, local, null, now.AddDays(-draw.Next(1, 4000)), library.User);
            foreach (var episode in episodes) library.AddToPlaylist(playlist, null, episode, now.AddDays(-draw.Next(1, 900)), library.User);
            library.AddToPlaylist(playlist, null, null, now.AddDays(-draw.Next(400, 3000)), library.User);
            library.AddToPlaylist(playlist, tracks.Length > 0 ? tracks[0] : null, null, null, null);
        }
        for (var i = 0; i < spec.CollaborativePlaylists; i++)
        {
            var owner = others[i % others.Length];
            var playlist = library.AddPlaylist(SpotifyIds.NewId(draw), $"Road trip {Pick(draw, Words)} 🚗", "", owner, isPublic: false, collaborative: true,
                SpotifyIds.PlaylistImages(draw), draw.Next(0, 5), [library.User.Id]);
            Fill(library, draw, playlist, tracks, draw.Next(5, 30), [owner, library.User], now);
        }
        for (var i = 0; i < spec.FollowedPlaylists; i++)
        {
            var owner = others[(i + 1) % others.Length];
            var playlist = library.AddPlaylist(SpotifyIds.NewId(draw), $"{Pick(draw, Words)} {Pick(draw, Words)} Mix", "Someone else's public playlist", owner,
                isPublic: true, collaborative: false, SpotifyIds.PlaylistImages(draw), draw.Next(10, 50_000));
            Fill(library, draw, playlist, tracks, draw.Next(5, 60), [owner], now);
        }
    }

    private static void Fill(SpotifyLibrary library, Random draw, Playlist playlist, Track[] tracks, int size, SpotifyUser[] adders, DateTimeOffset now)
    {
        if (tracks.Length == 0) return;
        for (var i = 0; i < size; i++)
        {
            library.AddToPlaylist(playlist, tracks[draw.Next(tracks.Length)], null, now.AddMinutes(-draw.Next(60, 3_000_000)), adders[draw.Next(adders.Length)]);
        }
    }

    /// <summary>Listening sessions going back from a little before now: plays follow each other by the track's length, sessions are hours apart.</summary>
    private static void AddPlayHistory(SpotifyLibrary library, Random draw, int count, Track[] tracks, DateTimeOffset now)
    {
        var liked = library.Likes.Select(l => l.Track).ToArray();
        var at = now.AddMinutes(-draw.Next(5, 120)).AddMilliseconds(-draw.Next(1000));
        var playlists = library.Playlists;
        for (var i = 0; i < count; i++)
        {
            var track = liked.Length > 0 && draw.NextDouble() < 0.6 ? liked[draw.Next(liked.Length)] : tracks[draw.Next(tracks.Length)];
            var roll = draw.NextDouble();
            PlayContext? context = roll < 0.5 ? new PlayContext("album", track.Album.Id!)
                : roll < 0.8 && playlists.Count > 0 ? new PlayContext("playlist", playlists[draw.Next(playlists.Count)].Id)
                : null;
            library.AddPlay(track, at, context);
            at -= TimeSpan.FromMilliseconds(track.DurationMs + draw.Next(0, 5000));
            if (draw.NextDouble() < 0.1) at -= TimeSpan.FromHours(draw.Next(2, 30));
        }
    }

    private static (string Date, string Precision, int Year) ReleaseDate(Random draw, DateTimeOffset now)
    {
        var day = new DateTime(1962, 1, 1).AddDays(draw.Next((int)(now.UtcDateTime - new DateTime(1962, 1, 1)).TotalDays));
        var roll = draw.NextDouble();
        return roll < 0.8 ? (day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "day", day.Year)
            : roll < 0.9 ? (day.ToString("yyyy-MM", CultureInfo.InvariantCulture), "month", day.Year)
            : (day.ToString("yyyy", CultureInfo.InvariantCulture), "year", day.Year);
    }

    private static string Title(Random draw, Artist[] artists)
    {
        var title = $"{Pick(draw, Words)} {Pick(draw, Words)}";
        var roll = draw.NextDouble();
        return roll < 0.1 && artists.Length > 0 ? $"{title} (feat. {Pick(draw, artists).Name})"
            : roll < 0.18 ? $"{title} - Remastered {draw.Next(1995, 2026)}"
            : roll < 0.22 ? $"{title} - Live at {Pick(draw, ["Wembley", "Budokan", "Olympia, Paris", "Red Rocks"])}"
            : roll < 0.25 ? $"{title} [From \"{Pick(draw, Words)} (Season {draw.Next(1, 6)})\"]"
            : title;
    }

    /// <summary>Classical track names run to hundreds of characters: work, key, catalogue number, movement, performers.</summary>
    private static string ClassicalTitle(Random draw)
    {
        var movements = Enumerable.Range(1, draw.Next(1, 4)).Select(m => $"{ToRoman(m)}. {Pick(draw, Tempi)}");
        return $"Symphony No. {draw.Next(1, 10)} in {Pick(draw, Keys)}, Op. {draw.Next(1, 130)} \"{Pick(draw, Words)}\": {string.Join(" - ", movements)}"
            + $" (Live at the {Pick(draw, ["Musikverein, Wien", "Philharmonie de Paris", "Carnegie Hall"])}, {draw.Next(1950, 2025)}) [Remastered {draw.Next(1995, 2026)}]"
            + " - Arr. for Chamber Orchestra with Additional Cadenzas by the Soloist, Recorded in the Presence of the Composer's Descendants";
    }

    private static string ToRoman(int number) => number switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };

    private static Artist[] PickArtists(Random draw, Artist[] artists, int count) =>
        Enumerable.Range(0, count).Select(_ => Pick(draw, artists)).Distinct().ToArray();

    private static T Pick<T>(Random draw, IReadOnlyList<T> items) => items[draw.Next(items.Count)];

    private static double NextGaussian(Random draw, double mean, double deviation) =>
        mean + deviation * Math.Sqrt(-2 * Math.Log(1 - draw.NextDouble())) * Math.Cos(2 * Math.PI * draw.NextDouble());
}
