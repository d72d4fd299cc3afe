using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Acornima;
using Acornima.Ast;
using Jint;

namespace AppsScript.Emulator.Runtime;

/// <summary>
/// An Apps Script project's code: its script files in push order, each parsed once. Every execution runs
/// all of them afresh, top-level code included, in this order, before calling its function.
/// </summary>
public sealed class ScriptProject
{
    private static readonly string[] ScriptExtensions = [".js", ".gs"];
    private static readonly string[] IgnoredFolders = ["node_modules", ".git"];

    private ScriptProject(IReadOnlyList<ScriptFile> files, ProjectManifest manifest)
    {
        Files = files;
        Manifest = manifest;
    }

    /// <summary>The files in push order, named as Apps Script names them (path without extension).</summary>
    public IReadOnlyList<ScriptFile> Files { get; }

    public IReadOnlyList<string> FileNames => Files.Select(file => file.Name).ToList();

    public ProjectManifest Manifest { get; }

    /// <summary>
    /// The parameter names of the top-level function declared as <paramref name="function"/> (the last declaration, as
    /// in JavaScript), so that a host can say what a function expects before or after running it; null when no file
    /// declares one. A destructured parameter is <c>{…}</c> or <c>[…]</c>.
    /// </summary>
    public IReadOnlyList<string>? Parameters(string function) =>
        Files.SelectMany(file => file.Code.Program!.Body.OfType<FunctionDeclaration>())
            .LastOrDefault(declaration => declaration.Id?.Name == function)?
            .Params.Select(Name).ToList();

    /// <summary>
    /// Loads the <c>.js</c> and <c>.gs</c> files under <paramref name="folder"/> (subfolders included, as clasp
    /// pushes them) and its <c>appsscript.json</c>. The order is clasp's push order: the files named in
    /// <paramref name="pushOrder"/> (paths relative to the folder) first, in that order, then the others sorted
    /// by path. Without an explicit order, a <c>.clasp.json</c> in the folder or above whose <c>rootDir</c> is
    /// the folder supplies its <c>filePushOrder</c>, whose entries are relative to the <c>.clasp.json</c>
    /// (<c>"dist/Code.js"</c>); like clasp, entries that name no file are ignored.
    /// </summary>
    public static ScriptProject Load(string folder, IReadOnlyList<string>? pushOrder = null)
    {
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"No project folder at {root}.");
        var paths = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(path => ScriptExtensions.Contains(Path.GetExtension(path), StringComparer.Ordinal))
            .Where(path => !Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar).Any(IgnoredFolders.Contains))
            .OrderBy(path => Relative(root, path), StringComparer.Ordinal)
            .ToList();
        var first = pushOrder is null ? PushOrderFromClaspJson(root) : ExplicitOrder(root, pushOrder, paths);
        var ordered = first.Where(paths.Contains).Distinct().Concat(paths.Where(path => !first.Contains(path))).ToList();
        var manifestPath = Path.Combine(root, "appsscript.json");
        var manifest = File.Exists(manifestPath) ? ProjectManifest.Parse(File.ReadAllText(manifestPath), manifestPath) : ProjectManifest.Default;
        return Create(ordered.Select(path => (ScriptName(root, path), File.ReadAllText(path))), manifest);
    }

    /// <summary>A project from in-memory files, in the order given; names are Apps Script file names (<c>"Code"</c>).</summary>
    public static ScriptProject FromSources(IEnumerable<(string Name, string Code)> files, ProjectManifest? manifest = null) =>
        Create(files, manifest ?? ProjectManifest.Default);

    /// <summary>A one-file project named <c>Code</c>.</summary>
    public static ScriptProject FromSource(string code, ProjectManifest? manifest = null) => FromSources([("Code", code)], manifest);

    private static ScriptProject Create(IEnumerable<(string Name, string Code)> sources, ProjectManifest manifest)
    {
        var files = new List<ScriptFile>();
        foreach (var (name, code) in sources)
        {
            if (files.Any(file => file.Name == name)) throw new InvalidDataException($"Two files are named {name}; Apps Script file names must be unique.");
            files.Add(new ScriptFile(name, Parse(name, code)));
        }
        return new ScriptProject(files, manifest);
    }

    private static Prepared<Script> Parse(string name, string code)
    {
        try
        {
            var prepared = Engine.PrepareScript(code, name);
            V8Restrictions.Check(name, prepared.Program!);
            return prepared;
        }
        catch (ScriptPreparationException exception) when (exception.InnerException is ParseErrorException parseError)
        {
            throw new ScriptSyntaxException(name, parseError.LineNumber, parseError.Description, exception);
        }
    }

    private static List<string> ExplicitOrder(string root, IReadOnlyList<string> pushOrder, List<string> paths)
    {
        var resolved = pushOrder.Select(entry => Path.GetFullPath(Path.Combine(root, entry))).ToList();
        var missing = resolved.Where(path => !paths.Contains(path)).ToList();
        if (missing.Count > 0) throw new FileNotFoundException($"The push order names files that are not script files of the project: {string.Join(", ", missing)}.");
        return resolved;
    }

    private static List<string> PushOrderFromClaspJson(string root)
    {
        for (var directory = new DirectoryInfo(root); directory is not null; directory = directory.Parent)
        {
            var claspJson = Path.Combine(directory.FullName, ".clasp.json");
            if (!File.Exists(claspJson)) continue;
            using var document = JsonDocument.Parse(File.ReadAllText(claspJson));
            var settings = document.RootElement;
            var rootDir = settings.TryGetProperty("srcDir", out var srcDir) ? srcDir.GetString()
                : settings.TryGetProperty("rootDir", out var dir) ? dir.GetString() : null;
            var projectRoot = Path.GetFullPath(Path.Combine(directory.FullName, rootDir ?? "."));
            if (projectRoot.TrimEnd(Path.DirectorySeparatorChar) != root.TrimEnd(Path.DirectorySeparatorChar)) return [];
            if (!settings.TryGetProperty("filePushOrder", out var order) || order.ValueKind != JsonValueKind.Array) return [];
            return order.EnumerateArray()
                .Where(entry => entry.ValueKind == JsonValueKind.String)
                .Select(entry => Path.GetFullPath(Path.Combine(directory.FullName, entry.GetString()!)))
                .ToList();
        }
        return [];
    }

    private static string Name(Node parameter) => parameter switch
    {
        Identifier identifier => identifier.Name,
        AssignmentPattern { Left: var left } => Name(left),
        RestElement { Argument: var argument } => "..." + Name(argument),
        ObjectPattern => "{…}",
        _ => "[…]",
    };

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');

    private static string ScriptName(string root, string path)
    {
        var relative = Relative(root, path);
        return relative[..^Path.GetExtension(relative).Length];
    }
}

/// <summary>One script file: its Apps Script name and its parsed code.</summary>
public sealed record ScriptFile(string Name, Prepared<Script> Code);
