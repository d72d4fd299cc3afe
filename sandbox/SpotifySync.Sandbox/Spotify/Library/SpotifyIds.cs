using System;
using System.Linq;

namespace SpotifySync.Sandbox.Spotify.Library;

/// <summary>The shapes of Spotify's identifiers and image addresses, drawn from a seeded stream.</summary>
public static class SpotifyIds
{
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private const string LowerAlphanumeric = "0123456789abcdefghijklmnopqrstuvwxyz";
    private const string Hex = "0123456789abcdef";

    /// <summary>Tracks, albums, artists, playlists, shows and episodes have 22-character base62 ids.</summary>
    public static bool IsBase62Id(string? id) => id is { Length: 22 } && id.All(c => Base62.Contains(c));

    public static string NewId(Random random) => Draw(random, Base62, 22);

    /// <summary>Accounts created since 2018 have 28-character lower-case ids (<c>31xpeq4a34ccld7briwftxqlyr7e</c>).</summary>
    public static string NewUserId(Random random) => Draw(random, LowerAlphanumeric, 28);

    /// <summary>The <c>account_id</c> of May 2026, e.g. <c>aB3dE5fG7h</c>.</summary>
    public static string NewAccountId(Random random) => Draw(random, Base62, 10);

    /// <summary>An ISRC: country, registrant, two-digit year, five-digit designation (<c>USYFZ2565101</c>).</summary>
    public static string NewIsrc(Random random, int year)
    {
        string[] countries = ["US", "GB", "SE", "DE", "FR", "JP", "KR", "NL", "IT", "BR", "CA", "AU", "QZ"];
        return countries[random.Next(countries.Length)] + Draw(random, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 3)
            + (year % 100).ToString("00", System.Globalization.CultureInfo.InvariantCulture) + random.Next(100000).ToString("00000", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Cover art at the three sizes albums come in, widest first, sharing one image hash.</summary>
    public static SpotifyImage[] AlbumImages(Random random) => Sized(random, ("ab67616d0000b273", 640), ("ab67616d00001e02", 300), ("ab67616d00004851", 64));

    public static SpotifyImage[] ShowImages(Random random) => Sized(random, ("ab6765630000ba8a", 640), ("ab67656300005f1f", 300), ("ab6765630000f68d", 64));

    public static SpotifyImage[] UserImages(Random random) => Sized(random, ("ab6775700000ee85", 300), ("ab67757000003b82", 64));

    /// <summary>Playlist images come with no size (and their addresses expire within a day on the real service).</summary>
    public static SpotifyImage[] PlaylistImages(Random random) => [new($"https://i.scdn.co/image/ab67616d00001e02{Draw(random, Hex, 24)}", null, null)];

    /// <summary>An opaque token of <paramref name="length"/> characters after <paramref name="prefix"/> (access tokens start BQ, refresh tokens and codes AQ).</summary>
    public static string NewToken(Random random, string prefix, int length) =>
        prefix + Draw(random, Base62 + "-_", length);

    private static SpotifyImage[] Sized(Random random, params (string Prefix, int Size)[] sizes)
    {
        var hash = Draw(random, Hex, 24);
        return sizes.Select(s => new SpotifyImage($"https://i.scdn.co/image/{s.Prefix}{hash}", s.Size, s.Size)).ToArray();
    }

    private static string Draw(Random random, string alphabet, int length) =>
        string.Create(length, (random, alphabet), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = state.alphabet[state.random.Next(state.alphabet.Length)];
        });
}
