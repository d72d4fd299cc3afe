using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Output;

/// <summary>
/// Which script file each type goes into. Without rules, every .cs file becomes the .js file of the same path.
/// With rules, a type goes into the first rule that names its source file or its namespace, and the rules' order
/// is the push order the project prefers (load-time needs may still move a file later).
/// </summary>
internal sealed class OutputLayout
{
    private readonly string? _projectDirectory;
    private readonly IReadOnlyList<(OutputFileRule Rule, Regex Sources)> _rules;

    public OutputLayout(string? projectDirectory, IReadOnlyList<OutputFileRule> rules)
    {
        _projectDirectory = projectDirectory;
        _rules = rules.Select(r => (r, SourcesPattern(r.Sources))).ToList();
    }

    public bool HasRules => _rules.Count > 0;

    /// <summary>The file a type goes into, or null when no rule takes it.</summary>
    public string? FileOf(INamedTypeSymbol type, SyntaxTree tree)
    {
        if (!HasRules) return OwnScriptPath(tree);
        var source = SourcePath(tree, ".cs");
        var ns = type.ContainingNamespace.IsGlobalNamespace ? "" : type.ContainingNamespace.ToDisplayString();
        return _rules.FirstOrDefault(r => r.Sources.IsMatch(source) || r.Rule.Namespaces.Any(n => ns == n || ns.StartsWith(n + ".", StringComparison.Ordinal))).Rule?.Name;
    }

    /// <summary>Where files go in push order when nothing forces another: the rules' order, else alphabetical.</summary>
    public IComparer<string> PreferredOrder =>
        HasRules
            ? Comparer<string>.Create((a, b) => IndexOf(a).CompareTo(IndexOf(b)))
            : StringComparer.Ordinal;

    private int IndexOf(string file) => _rules.Select(r => r.Rule.Name).ToList().IndexOf(file);

    /// <summary>
    /// A source file's path relative to the project folder, with forward slashes and the given extension; a source
    /// outside the folder (a library the project compiles in) starts with <c>../</c>.
    /// </summary>
    public string SourcePath(SyntaxTree tree, string extension)
    {
        var path = string.IsNullOrEmpty(tree.FilePath) ? "Program.cs" : tree.FilePath;
        if (_projectDirectory is not null && Path.IsPathRooted(path)) path = Path.GetRelativePath(_projectDirectory, path);
        return Path.ChangeExtension(path, extension).Replace('\\', '/');
    }

    /// <summary>The script of a source file when the project names none: its path in the project, or, for a source outside it, its file name.</summary>
    private string OwnScriptPath(SyntaxTree tree)
    {
        var path = SourcePath(tree, ".js");
        return path.StartsWith("../", StringComparison.Ordinal) ? Path.GetFileName(path) : path;
    }

    /// <summary>One pattern for all of a rule's source globs: <c>**/</c> any folders, <c>**</c> and <c>*</c> any text (within a folder for <c>*</c>), <c>?</c> one character.</summary>
    private static Regex SourcesPattern(IReadOnlyList<string> globs)
    {
        if (globs.Count == 0) return new Regex("(?!)");
        var alternatives = globs.Select(glob =>
        {
            var normalized = glob.Replace('\\', '/');
            if (normalized.StartsWith("./", StringComparison.Ordinal)) normalized = normalized[2..];
            if (normalized.EndsWith('/')) normalized += "**";
            var pattern = Regex.Escape(normalized).Replace(@"\*\*/", "(.*/)?").Replace(@"\*\*", ".*").Replace(@"\*", "[^/]*").Replace(@"\?", "[^/]");
            return "(?:" + pattern + ")";
        });
        return new Regex("^(?:" + string.Join("|", alternatives) + ")$", RegexOptions.CultureInvariant);
    }
}
