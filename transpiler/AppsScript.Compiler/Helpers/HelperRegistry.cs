using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace AppsScript.Compiler.Helpers;

/// <summary>
/// The runtime helpers: small JavaScript functions and classes, one per embedded <c>Helpers/*.js</c> file,
/// that give .NET semantics where plain JavaScript differs (integer division, First on an empty sequence,
/// .NET number formatting, the exception classes). A helper is emitted only into projects that use it, and
/// there only once, with the helpers it requires. Names end with an underscore, the Apps Script convention
/// that keeps a function out of the Run menu; exception classes keep their .NET names.
/// </summary>
public sealed class HelperRegistry
{
    private const string ResourcePrefix = "AppsScript.Compiler.Helpers.";
    private const string RequiresPrefix = "// requires:";

    private readonly Dictionary<string, RuntimeHelper> _helpers;

    private HelperRegistry(Dictionary<string, RuntimeHelper> helpers)
    {
        _helpers = helpers;
    }

    public static HelperRegistry Load()
    {
        var assembly = typeof(HelperRegistry).Assembly;
        var helpers = new Dictionary<string, RuntimeHelper>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".js", StringComparison.Ordinal)))
        {
            var name = resource[ResourcePrefix.Length..^3];
            helpers[name] = Parse(name, Read(assembly, resource));
        }
        return new HelperRegistry(helpers);
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource) ?? throw new InvalidOperationException($"Missing resource {resource}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }

    private static RuntimeHelper Parse(string name, string source)
    {
        var requires = new List<string>();
        var lines = source.Split('\n').ToList();
        while (lines.Count > 0 && lines[0].StartsWith(RequiresPrefix, StringComparison.Ordinal))
        {
            requires.AddRange(lines[0][RequiresPrefix.Length..].Split(',').Select(name => name.Trim()).Where(name => name.Length > 0));
            lines.RemoveAt(0);
        }
        return new RuntimeHelper(name, requires, string.Join("\n", lines).Trim() + "\n");
    }

    public IReadOnlyCollection<string> Names => _helpers.Keys;

    public bool IsHelperName(string name) => _helpers.ContainsKey(name);

    public RuntimeHelper Get(string name) =>
        _helpers.TryGetValue(name, out var helper) ? helper : throw new InvalidOperationException($"There is no runtime helper named '{name}'.");

    /// <summary>Fails fast when lowering asks for a helper that does not exist.</summary>
    public void Require(string name) => Get(name);

    /// <summary>The helpers with everything they require, each before the helpers that require it.</summary>
    public IReadOnlyList<RuntimeHelper> WithDependencies(IEnumerable<string> names)
    {
        var ordered = new List<RuntimeHelper>();
        var visited = new HashSet<string>();
        foreach (var name in names.OrderBy(n => n, StringComparer.Ordinal)) Visit(name, visited, ordered);
        return ordered;
    }

    private void Visit(string name, HashSet<string> visited, List<RuntimeHelper> ordered)
    {
        if (!visited.Add(name)) return;
        var helper = Get(name);
        foreach (var dependency in helper.Requires) Visit(dependency, visited, ordered);
        ordered.Add(helper);
    }
}

/// <summary>One runtime helper: its top-level name, the helpers it needs, and its JavaScript source.</summary>
public sealed record RuntimeHelper(string Name, IReadOnlyList<string> Requires, string Source);
