using System;
using System.IO;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SpotifySync.Companion.Demo;
using SpotifySync.Companion.Downloads;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary>File names within the file system's 255 bytes, for titles whose characters take several bytes each.</summary>
public sealed class SafeFileNameTests
{
    // 129 characters, 211 bytes of UTF-8: far fewer than 255 characters, more than 255 bytes with the artist and the id.
    private const string LongCyrillicTitle = "Симфония № 8 соль мажор «Звезда»: I. Скерцо. Molto vivace (Живая запись из Карнеги-холла, 2012) [Ремастеринг 2017] – для оркестра";

    [Fact]
    public void A_name_over_255_bytes_is_cut_at_a_whole_character_and_keeps_its_suffix()
    {
        var stem = "Stromae - Звезда " + string.Concat(Enumerable.Repeat("👩🏽‍🎤", 20));

        var name = SafeFileName.Of(stem, " [standin019].stand-in.txt");

        Assert.True(Encoding.UTF8.GetByteCount(stem) > SafeFileName.MaxBytes);
        Assert.InRange(Encoding.UTF8.GetByteCount(name), SafeFileName.MaxBytes - 30, SafeFileName.MaxBytes);
        Assert.EndsWith(" [standin019].stand-in.txt", name);
        var kept = name[..^" [standin019].stand-in.txt".Length];
        Assert.StartsWith(kept, stem, StringComparison.Ordinal);
        // The cut falls among the emoji, each five code points and 15 bytes: between two of them, never inside one.
        Assert.Contains("👩🏽‍🎤", kept, StringComparison.Ordinal);
        Assert.Contains(kept.Length, StringInfo.ParseCombiningCharacters(stem));
    }

    [Fact]
    public void A_short_name_stays_as_it_is_but_for_slashes_and_control_characters()
    {
        Assert.Equal("AC⧸DC - Back in Black [1].mp3", SafeFileName.Of("AC/DC - Back in Black", " [1].mp3"));
        Assert.Equal("Line one two [2].mp3", SafeFileName.Of("Line one\ntwo", " [2].mp3"));
        Assert.Throws<ArgumentException>(() => SafeFileName.Of("x", new string('a', SafeFileName.MaxBytes)));
    }

    [Fact]
    public async Task The_demos_stand_in_downloader_writes_a_file_for_a_long_cyrillic_title()
    {
        var folder = Directory.CreateTempSubdirectory("safe-file-name-").FullName;
        try
        {
            var candidate = new YtDlpCandidate("standin019", LongCyrillicTitle + " — " + LongCyrillicTitle, "Stromae", 200, "https://stand-in.invalid/tracks/standin019");
            var downloader = new StandInDownloader([candidate], folder);
            var track = new PendingTrack("page", candidate.Title, "Stromae", 200, null, "Pending", false, "");

            var path = await downloader.DownloadAsync(track, candidate, CancellationToken.None);

            Assert.True(File.Exists(path));
            Assert.Equal(folder, Path.GetDirectoryName(path));
            Assert.StartsWith("Stromae - Симфония № 8", Path.GetFileName(path));
            Assert.EndsWith(" [standin019].stand-in.txt", path);
            Assert.True(Encoding.UTF8.GetByteCount(Path.GetFileName(path)) <= SafeFileName.MaxBytes);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
