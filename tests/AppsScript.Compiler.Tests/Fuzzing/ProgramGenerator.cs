using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AppsScript.Compiler.Tests.Fuzzing;

/// <summary>
/// One generated case: the type declarations it owns and its body's snippets, and whether it holds something the
/// compiler may refuse (<see cref="CaseContext.MayBeRefused"/>). Made from its seed alone, so it is the same
/// program in any batch, and it reruns alone from the seed.
/// </summary>
internal sealed record GeneratedCase(long Seed, IReadOnlyList<string> Declarations, IReadOnlyList<IReadOnlyList<string>> Snippets, bool MayBeRefused = false)
{
    public static GeneratedCase Generate(long seed)
    {
        var context = new CaseContext(seed);
        var snippets = new StatementGenerator(context).Snippets();
        return new GeneratedCase(seed, context.Declarations.ToList(), snippets, context.MayBeRefused);
    }

    public GeneratedCase WithoutSnippet(int index) => this with { Snippets = Snippets.Where((_, i) => i != index).ToList() };

    public GeneratedCase WithoutDeclaration(int index) => this with { Declarations = Declarations.Where((_, i) => i != index).ToList() };
}

/// <summary>A case's place in a batch's source, to tell which case a diagnostic is in.</summary>
internal sealed record CaseRegion(GeneratedCase Case, int Start, int End);

/// <summary>
/// A batch of cases as one C# file: each case's declarations and a static class Case{seed} whose Run holds its
/// snippets, then a [GlobalFunctions] Program whose Main prints a marker line and runs each case in a
/// try/catch, and Fuzz.Report, which prints an exception as its type name and message.
/// </summary>
internal static class ProgramGenerator
{
    public const string MarkerPrefix = "#case ";

    private const string Header = """
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using System.Linq;
        using System.Text;
        using System.Text.RegularExpressions;
        using AppsScript.Interop;
        using Newtonsoft.Json;
        using Newtonsoft.Json.Serialization;


        """;

    /// <summary>
    /// Reports an exception by its type's full name, whether it is a SystemException, and its message: the runtime's
    /// helper exceptions must keep .NET's names and hierarchy.
    /// </summary>
    private const string Footer = """
        public static class Fuzz
        {
            public static void Report(Exception e) =>
                Console.WriteLine("threw " + e.GetType().FullName + (e is SystemException ? " (system)" : "") + ": " + e.Message);
        }

        """;

    public static (string Source, IReadOnlyList<CaseRegion> Regions) Render(IReadOnlyList<GeneratedCase> cases)
    {
        var text = new StringBuilder(Header);
        var regions = new List<CaseRegion>();
        foreach (var generated in cases)
        {
            var start = text.Length;
            text.Append($"// case {generated.Seed}\n");
            foreach (var declaration in generated.Declarations) text.Append(declaration).Append("\n\n");
            text.Append($"public static class Case{generated.Seed}\n{{\n    public static void Run()\n    {{\n");
            foreach (var snippet in generated.Snippets)
            {
                foreach (var line in snippet) text.Append("        ").Append(line).Append('\n');
            }
            text.Append("    }\n}\n\n");
            regions.Add(new CaseRegion(generated, start, text.Length));
        }
        text.Append(Footer).Append("\n[GlobalFunctions]\npublic static class Program\n{\n    public static void Main()\n    {\n");
        foreach (var generated in cases)
        {
            text.Append($"        Console.WriteLine(\"{MarkerPrefix}{generated.Seed}\");\n");
            text.Append($"        try {{ Case{generated.Seed}.Run(); }} catch (Exception e) {{ Fuzz.Report(e); }}\n");
        }
        text.Append("    }\n}\n");
        return (text.ToString(), regions);
    }

    /// <summary>What each case printed, by seed, from a batch's output; a case whose marker is missing has no entry.</summary>
    public static Dictionary<long, string> Split(string output)
    {
        var result = new Dictionary<long, string>();
        long? current = null;
        var lines = new StringBuilder();
        // Every line ends with a newline, so the text after the last one is empty, not a line.
        foreach (var line in output.Split('\n').SkipLast(1))
        {
            if (line.StartsWith(MarkerPrefix, StringComparison.Ordinal) && long.TryParse(line[MarkerPrefix.Length..], out var seed))
            {
                if (current is { } previous) result[previous] = lines.ToString();
                current = seed;
                lines.Clear();
                continue;
            }
            if (current is not null) lines.Append(line).Append('\n');
        }
        if (current is { } last) result[last] = lines.ToString();
        return result;
    }
}
