using System.IO;
using System.Linq;
using AppsScript.Interop.Generator;
using Xunit;

namespace AppsScript.Compiler.Tests.Interop;

/// <summary>How the generator turns typings into C#, on a small typings folder of its own.</summary>
public sealed class BindingGeneratorTests
{
    private const string Typings = """
        declare namespace GoogleAppsScript {
            namespace Music {
                /**
                 * Plays tracks.
                 * @deprecated use the new player
                 */
                interface MusicApp {
                    Genre: typeof Genre;
                    /** Finds a track. */
                    find(title: string, limit?: Integer): Track | null;
                    play(track: Track | string): void;
                    log(format: string, ...values: any[]): void;
                    getURL(): string;
                }
                /** TODO: Is there a `rating` attribute? */
                interface Track {
                    getGenre(): Genre;
                    getTags(): { [key: string]: string };
                }
                interface TrackOptions {
                    title: string;
                    rating?: number | undefined;
                    "play-count"?: Integer;
                }
                enum Genre { ROCK, JAZZ }
                type Style = "loud" | "soft";
                /**
                 * Controls playback.
                 * TODO: add seeking.
                 */
                interface Player {
                    setStyle(style: Style): Player;
                    setVolume(volume: number | null): Player;
                }
            }
        }
        declare var MusicApp: GoogleAppsScript.Music.MusicApp;
        """;

    private static string Generate()
    {
        var folder = Directory.CreateTempSubdirectory("typings-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "package.json"), """{ "version": "0.0.1" }""");
            File.WriteAllText(Path.Combine(folder.FullName, "music.d.ts"), Typings);
            var generation = Generation.Run(folder.FullName);
            Assert.Equal(new[] { "Music.g.cs" }, generation.Files.Keys.ToArray());
            return generation.Files["Music.g.cs"];
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_service_is_a_static_class_whose_optional_parameters_and_union_members_become_overloads()
    {
        var code = Generate();
        Assert.Contains("    [global::System.CodeDom.Compiler.GeneratedCode(\"AppsScript.Interop.Generator\", \"1.0\")]\n    [global::AppsScript.Interop.External]\n    public static class MusicApp\n", code);
        Assert.Contains("        /// <summary>Finds a track.</summary>\n        public static extern global::AppsScript.Interop.Music.Track? Find(string title);\n", code);
        Assert.Contains("        public static extern global::AppsScript.Interop.Music.Track? Find(string title, int limit);\n", code);
        Assert.Contains("        public static extern void Play(global::AppsScript.Interop.Music.Track track);\n", code);
        Assert.Contains("        public static extern void Play(string track);\n", code);
        Assert.Contains("        public static extern void Log(string format, params object[] values);\n", code);
        Assert.Contains("        public static extern string GetURL();\n", code);
        Assert.Contains("    /// Deprecated. use the new player\n", code);
    }

    [Fact]
    public void An_enum_is_bound_to_the_global_that_holds_its_values()
    {
        var code = Generate();
        Assert.Contains("    [global::AppsScript.Interop.External(\"MusicApp.Genre\")]\n    public enum Genre\n    {\n        ROCK,\n        JAZZ,\n    }\n", code);
        Assert.Contains("        global::AppsScript.Interop.Music.Genre GetGenre();\n", code);
        Assert.DoesNotContain("Genre Genre", code);
    }

    [Fact]
    public void Plain_data_is_a_class_of_settable_properties_named_as_the_typings_name_them()
    {
        var code = Generate();
        Assert.Contains("    [global::AppsScript.Interop.External]\n    public class TrackOptions\n", code);
        Assert.Contains("        public string Title { get; set; } = null!;\n", code);
        Assert.Contains("        public double? Rating { get; set; }\n", code);
        Assert.Contains("        [global::AppsScript.Interop.Name(\"play-count\")]\n        public int? PlayCount { get; set; }\n", code);
    }

    [Fact]
    public void String_literal_unions_are_strings_index_signatures_dictionaries_and_null_makes_a_parameter_nullable()
    {
        var code = Generate();
        Assert.Contains("        global::AppsScript.Interop.Music.Player SetStyle(string style);\n", code);
        Assert.Contains("        global::AppsScript.Interop.Music.Player SetVolume(double? volume);\n", code);
        Assert.Contains("        global::System.Collections.Generic.Dictionary<string, string> GetTags();\n", code);
    }

    [Fact]
    public void The_typings_TODO_notes_stay_out_of_the_docs()
    {
        var code = Generate();
        Assert.DoesNotContain("TODO", code);
        Assert.Contains("    /// <summary>Controls playback.</summary>\n", code);
    }
}
