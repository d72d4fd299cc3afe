using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Acornima;
using Acornima.Ast;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Output;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Verification;

/// <summary>
/// Re-parses every emitted file with Acornima at ECMAScript 2020 (which rejects the class fields, private
/// names and logical assignment that Apps Script rejects) and checks the rules of the host: only
/// declarations at the top level, entry points as top-level function declarations, no name bound twice
/// across files, and no browser or Node globals. A failure is a compiler bug, reported as GAS9002.
/// </summary>
public static class OutputVerifier
{
    /// <summary>Globals that exist in browsers or Node but not in Apps Script.</summary>
    public static readonly ImmutableHashSet<string> ForbiddenGlobals =
    [
        "setTimeout", "setInterval", "clearTimeout", "clearInterval", "setImmediate", "queueMicrotask", "window", "document",
        "navigator", "require", "module", "exports", "process", "fetch", "XMLHttpRequest", "atob", "btoa", "TextEncoder",
        "TextDecoder", "URL", "URLSearchParams", "performance", "crypto",
    ];

    public static IEnumerable<Diagnostic> Verify(IReadOnlyList<OutputFile> files, IReadOnlyCollection<string> entryPoints)
    {
        var parser = new Parser(new ParserOptions { EcmaVersion = EcmaVersion.ES2020 });
        var bindings = new Dictionary<string, string>();
        var functions = new HashSet<string>();
        var allParsed = true;
        foreach (var file in files)
        {
            var (script, parseError) = Parse(parser, file);
            if (script is null)
            {
                allParsed = false;
                yield return Failure(file, parseError!);
                continue;
            }
            foreach (var problem in TopLevelProblems(script, bindings, functions, file)) yield return Failure(file, problem);
            var declared = Bindings(script).ToHashSet();
            foreach (var identifier in References(script).Where(i => ForbiddenGlobals.Contains(i.Name) && !declared.Contains(i.Name)).Select(i => i.Name).Distinct())
            {
                yield return Failure(file, $"it uses '{identifier}', which Apps Script does not have");
            }
        }
        foreach (var entryPoint in entryPoints.Where(e => allParsed && !functions.Contains(e)))
        {
            yield return Diagnostic.Create(DiagnosticDescriptors.VerificationFailed, Location.None, "project", $"the entry point '{entryPoint}' is not a top-level function declaration");
        }
    }

    private static (Script? Script, string? Error) Parse(Parser parser, OutputFile file)
    {
        try
        {
            return (parser.ParseScript(file.Text, file.Path), null);
        }
        catch (ParseErrorException error)
        {
            return (null, $"it does not parse as ECMAScript 2020 script: {error.Description} at {error.LineNumber}:{error.Column}");
        }
    }

    private static Diagnostic Failure(OutputFile file, string problem) =>
        Diagnostic.Create(DiagnosticDescriptors.VerificationFailed, Location.None, file.Path, problem);

    private static IEnumerable<string> TopLevelProblems(Script script, Dictionary<string, string> bindings, HashSet<string> functions, OutputFile file)
    {
        var classes = new HashSet<string>();
        foreach (var statement in script.Body)
        {
            switch (statement)
            {
                case FunctionDeclaration { Id: { } id }:
                    functions.Add(id.Name);
                    if (Bind(id.Name) is { } clash) yield return clash;
                    break;
                case ClassDeclaration { Id: { } id }:
                    classes.Add(id.Name);
                    if (Bind(id.Name) is { } clash2) yield return clash2;
                    break;
                case VariableDeclaration { Kind: VariableDeclarationKind.Const or VariableDeclarationKind.Let } declaration:
                    foreach (var name in declaration.Declarations.Select(d => d.Id).OfType<Identifier>())
                    {
                        if (Bind(name.Name) is { } clash3) yield return clash3;
                    }
                    break;
                case ExpressionStatement { Expression: AssignmentExpression { Left: MemberExpression { Object: Identifier owner } } } when classes.Contains(owner.Name):
                    break;
                default:
                    yield return $"its top level holds a {statement.Type} statement, but only declarations and static member assignments may be there";
                    break;
            }
        }

        string? Bind(string name)
        {
            if (bindings.TryAdd(name, file.Path)) return null;
            return $"it declares '{name}' at the top level, as {bindings[name]} does";
        }
    }

    /// <summary>Identifiers in reference position in <paramref name="node"/>, itself included: not property names, member names or method keys.</summary>
    private static IEnumerable<Identifier> References(Node node)
    {
        switch (node)
        {
            case Identifier identifier:
                yield return identifier;
                yield break;
            case MemberExpression { Computed: false } member:
                foreach (var inner in References(member.Object)) yield return inner;
                yield break;
            case MethodDefinition { Computed: false } method:
                foreach (var inner in References(method.Value)) yield return inner;
                yield break;
            case Property { Computed: false, Shorthand: false } property:
                foreach (var inner in References(property.Value)) yield return inner;
                yield break;
        }
        foreach (var child in node.ChildNodes)
        {
            foreach (var inner in References(child)) yield return inner;
        }
    }

    /// <summary>Names the file declares itself (variables, functions, classes, parameters), which shadow any global.</summary>
    private static IEnumerable<string> Bindings(Node node)
    {
        foreach (var child in node.ChildNodes)
        {
            var name = child switch
            {
                VariableDeclarator { Id: Identifier id } => id.Name,
                FunctionDeclaration { Id: { } id } => id.Name,
                ClassDeclaration { Id: { } id } => id.Name,
                _ => null,
            };
            if (name is not null) yield return name;
            if (child is IFunction function)
            {
                foreach (var parameter in function.Params.OfType<Identifier>()) yield return parameter.Name;
            }
            foreach (var inner in Bindings(child)) yield return inner;
        }
    }
}
