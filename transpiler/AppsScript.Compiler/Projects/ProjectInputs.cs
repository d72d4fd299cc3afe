using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace AppsScript.Compiler.Projects;

/// <summary>What the C# build of a project compiles: its sources, references and options, so the compiler sees the same program.</summary>
public sealed record ProjectInputs(
    string ProjectPath,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> References,
    IReadOnlyList<string> PreprocessorSymbols,
    string? LanguageVersion,
    string? Nullable,
    bool AllowUnsafe)
{
    public string ProjectDirectory => Path.GetDirectoryName(Path.GetFullPath(ProjectPath))!;

    /// <summary>
    /// Reads the response file the MSBuild target writes: one <c>key=value</c> per line, keys project, source,
    /// reference, define, langversion, nullable and allowunsafe; source and reference repeat.
    /// </summary>
    public static ProjectInputs FromResponseFile(string path)
    {
        var entries = File.ReadAllLines(path).Where(l => l.Contains('=')).Select(l => (Key: l[..l.IndexOf('=')].Trim(), Value: l[(l.IndexOf('=') + 1)..].Trim())).ToList();
        string? Single(string key) => entries.LastOrDefault(e => e.Key == key).Value;
        var project = Single("project") ?? throw new FormatException($"{path} names no project (a line project=...).");
        return new ProjectInputs(
            project,
            entries.Where(e => e.Key == "source").Select(e => e.Value).ToList(),
            entries.Where(e => e.Key == "reference").Select(e => e.Value).ToList(),
            (Single("define") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Single("langversion"),
            Single("nullable"),
            string.Equals(Single("allowunsafe"), "true", StringComparison.OrdinalIgnoreCase));
    }
}
