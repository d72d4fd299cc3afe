using System;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace SpotifySync.Companion.Configuration;

/// <summary>
/// Where a hand-written JSON file is broken and what is wrong, in words a person who edits a config file uses:
/// System.Text.Json's own messages speak of tokens, depth and reader options.
/// </summary>
public static class JsonSyntaxProblem
{
    /// <summary>"line L, column C: what is wrong", counting from 1 and in characters, as editors show them.</summary>
    public static string Describe(JsonException exception, string text)
    {
        var line = (int)(exception.LineNumber ?? 0);
        var lineText = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ElementAtOrDefault(line) ?? "";
        var bytes = Encoding.UTF8.GetBytes(lineText);
        var column = Encoding.UTF8.GetString(bytes, 0, (int)Math.Min(exception.BytePositionInLine ?? 0, bytes.Length)).Length;
        return $"line {line + 1}, column {column + 1}: {Plain(exception.Message)}";
    }

    private static string Plain(string message)
    {
        if (message.Contains("trailing comma", StringComparison.Ordinal)) return "a comma before the closing } or ] (JSON allows none after the last entry)";
        if (message.StartsWith("'/'", StringComparison.Ordinal)) return "JSON has no comments";
        if (message.Contains("is invalid after a value", StringComparison.Ordinal)) return "a comma is missing between two settings";
        if (message.Contains("invalid start of a property name", StringComparison.Ordinal)) return "a setting's name must be in double quotes, as in \"TRACKS_DB_ID\"";
        if (message.Contains("is invalid after a property name", StringComparison.Ordinal)) return "a colon is missing after a setting's name";
        if (message.Contains("Expected depth to be zero", StringComparison.Ordinal)) return "the file ends before the closing }";
        if (message.Contains("reached end of data", StringComparison.Ordinal)) return "a text is not closed with a double quote";
        if (message.Contains("invalid after a single JSON value", StringComparison.Ordinal)) return "there is more after the closing }";
        if (message.Contains("is invalid within a JSON string", StringComparison.Ordinal)) return "a text goes on over the end of the line: close it with a double quote on the same line";
        if (message.Contains("invalid escapable character", StringComparison.Ordinal)) return "a backslash in a text must be doubled, as in \"C:\\\\Music\"";
        if (message.Contains("invalid start of a value", StringComparison.Ordinal) || message.Contains("invalid JSON literal", StringComparison.Ordinal))
        {
            return "a value must be a text in double quotes, a number, true or false";
        }
        // Any other mistake: the parser's own sentence, without its location (given above) and path.
        var end = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var path = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (path >= 0 && (end < 0 || path < end)) end = path;
        return (end < 0 ? message : message[..end]).TrimEnd('.', ' ');
    }
}
