using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AppsScript.Compiler.Output;

namespace AppsScript.Compiler.Projects;

/// <summary>
/// What the C# build of a project compiles (its sources, references and options, so the compiler sees the same
/// program), and the script files the project lays its output out in (its AppsScriptFile items, in order).
/// </summary>
public sealed record ProjectInputs(
    string ProjectPath,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> References,
    IReadOnlyList<string> PreprocessorSymbols,
    string? LanguageVersion,
    string? Nullable,
    bool AllowUnsafe,
    IReadOnlyList<OutputFileRule> OutputFiles)
{
    public string ProjectDirectory => Path.GetDirectoryName(Path.GetFullPath(ProjectPath))!;

    /// <summary>The compiler options the project asks for.</summary>
    public CompilerOptions CompilerOptions => new(ProjectDirectory, OutputFiles);

    /// <summary>An AppsScriptFile item as its name and its Sources and Namespaces metadata, each a ;-separated list.</summary>
    public static OutputFileRule OutputFile(string name, string? sources, string? namespaces) => new(name, List(sources), List(namespaces));

    private static IReadOnlyList<string> List(string? value) =>
        (value ?? "").Split(';').Select(item => item.Trim()).Where(item => item.Length > 0).ToList();

    /// <summary>
    /// Reads the response file the MSBuild target writes: one <c>key=value</c> per line, keys project, source,
    /// reference, define, langversion, nullable, allowunsafe and output (<c>name|sources|namespaces</c>); source,
    /// reference and output repeat.
    /// </summary>
    public static ProjectInputs FromResponseFile(string path) => FromLines(File.ReadAllLines(path), path);

    /// <summary>The lines of a response file (the analyzer reads them from the host's copy of the file).</summary>
    public static ProjectInputs FromLines(IEnumerable<string> lines, string path)
    {
        var entries = lines.Where(l => l.Contains('=')).Select(l => (Key: l[..l.IndexOf('=')].Trim(), Value: l[(l.IndexOf('=') + 1)..].Trim())).ToList();
        string? Single(string key) => entries.LastOrDefault(e => e.Key == key).Value;
        var project = Single("project") ?? throw new FormatException($"{path} names no project (a line project=...).");
        return new ProjectInputs(
            project,
            entries.Where(e => e.Key == "source").Select(e => e.Value).ToList(),
            entries.Where(e => e.Key == "reference").Select(e => e.Value).ToList(),
            List(Single("define")),
            Single("langversion"),
            Single("nullable"),
            string.Equals(Single("allowunsafe"), "true", StringComparison.OrdinalIgnoreCase),
            entries.Where(e => e.Key == "output").Select(e => e.Value.Split('|')).Select(p => OutputFile(p[0], p.ElementAtOrDefault(1), p.ElementAtOrDefault(2))).ToList());
    }
}
