using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AppsScript.Interop.Generator.Bindings;

/// <summary>A JSDoc comment (or the Advanced Services' line comments) as C# XML documentation, without its TODO notes.</summary>
internal static class DocComment
{
    /// <summary>The <c>///</c> lines, indented; <paramref name="parameters"/> are the C# method's parameter names, which get the typings' <c>@param</c> text.</summary>
    public static string Write(string? doc, string indent, IReadOnlyCollection<string>? parameters = null, bool returns = false)
    {
        if (doc is null) return "";
        var summary = new List<string>();
        var tags = new List<(string Tag, string Name, List<string> Lines)>();
        foreach (var raw in doc.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('*')) line = line[1..].Trim();
            // The typings' notes to their own authors ("TODO: Is there a `user` attribute?") do not document the API.
            if (line.StartsWith("TODO", System.StringComparison.Ordinal)) continue;
            if (line.StartsWith('@'))
            {
                var parts = line.Split(' ', 3, System.StringSplitOptions.RemoveEmptyEntries);
                var tag = parts[0][1..];
                var name = tag == "param" && parts.Length > 1 ? parts[1] : "";
                var text = tag == "param" ? (parts.Length > 2 ? parts[2] : "") : string.Join(' ', parts.Skip(1));
                tags.Add((tag, name, new List<string> { text }));
                continue;
            }
            if (tags.Count > 0) tags[^1].Lines.Add(line);
            else summary.Add(line);
        }
        var deprecated = tags.FirstOrDefault(t => t.Tag == "deprecated");
        if (deprecated.Tag is not null) summary.Add(("Deprecated. " + string.Join(' ', deprecated.Lines)).Trim());
        var builder = new StringBuilder();
        Element(builder, indent, "summary", "", Trim(summary));
        // C# wants every parameter documented or none: the typings' @param tags go in when they cover them all.
        var parameterTags = tags.Where(t => t.Tag == "param" && parameters?.Contains(t.Name) == true).GroupBy(t => t.Name).Select(g => g.First()).ToList();
        if (parameters is not null && parameterTags.Count == parameters.Count)
        {
            foreach (var name in parameters) Element(builder, indent, "param", $" name=\"{name}\"", Trim(parameterTags.First(t => t.Name == name).Lines));
        }
        var result = tags.FirstOrDefault(t => t.Tag is "returns" or "return");
        if (returns && result.Tag is not null) Element(builder, indent, "returns", "", Trim(result.Lines));
        return builder.ToString();
    }

    private static List<string> Trim(List<string> lines)
    {
        var start = lines.FindIndex(l => l.Length > 0);
        var end = lines.FindLastIndex(l => l.Length > 0);
        return start < 0 ? new List<string>() : lines.GetRange(start, end - start + 1);
    }

    private static void Element(StringBuilder builder, string indent, string name, string attributes, List<string> lines)
    {
        if (lines.Count == 0) return;
        if (lines.Count == 1)
        {
            builder.Append(indent).Append("/// <").Append(name).Append(attributes).Append('>').Append(Escape(lines[0])).Append("</").Append(name).Append(">\n");
            return;
        }
        builder.Append(indent).Append("/// <").Append(name).Append(attributes).Append(">\n");
        foreach (var line in lines) builder.Append(indent).Append(line.Length == 0 ? "///" : "/// " + Escape(line)).Append('\n');
        builder.Append(indent).Append("/// </").Append(name).Append(">\n");
    }

    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
