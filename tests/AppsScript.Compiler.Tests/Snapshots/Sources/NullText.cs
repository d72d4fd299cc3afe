using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

/// <summary>
/// Which printed values are followed by ?? "": those that may be null whatever their annotation says (a parameter,
/// a list's element, a record's member JSON may leave out), and not those made here (literals, built strings, a
/// local only ever given such values, a method that only returns them).
/// </summary>
public record Track(string Title, string Artist);

public static class Labels
{
    public static string Kind(int plays) => plays > 10 ? "favourite" : $"{plays} plays";

    public static string Line(Track track, string playlist, List<string> genres)
    {
        var kind = Kind(genres.Count);
        var heading = "Track";
        if (genres.Count == 0) heading = "Unsorted " + heading;
        var first = genres.FirstOrDefault() ?? "none";
        return $"{heading}: {track.Title} by {track.Artist} in {playlist} ({kind}, {first}, {genres[0]}) {track with { Title = "x" }}";
    }
}

[GlobalFunctions]
public static class Program
{
    public static string Run() => Labels.Line(new Track("Intro", "The xx"), "Liked", new List<string> { "indie" });
}
