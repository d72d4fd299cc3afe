using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AppsScript.Compiler.Semantics;
using AppsScript.Compiler.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace AppsScript.Compiler.Tests.Interop;

/// <summary>
/// Proves the Apps Script bindings against the real API: Programs/AllBindings.cs calls every bound member,
/// and its compiled JavaScript, typed from the C# signatures, passes `tsc --checkJs` with
/// @types/google-apps-script. A binding with a wrong name, arity or type makes tsc report an error.
/// </summary>
public sealed class BindingTests
{
    private static readonly string ProgramPath = Path.Combine(AppContext.BaseDirectory, "Interop", "Programs", "AllBindings.cs");

    [Fact]
    public void The_proof_program_calls_every_bound_member()
    {
        var compilation = TestCompilation.Create(("AllBindings.cs", File.ReadAllText(ProgramPath)));
        var used = UsedSymbols(compilation);
        var bound = BoundMembers(typeof(AppsScript.Interop.Services.UrlFetchApp).Assembly.Location, compilation);
        var missing = bound.Where(m => !used.Contains(m)).Select(m => m.ToDisplayString()).OrderBy(n => n, StringComparer.Ordinal).ToList();
        Assert.True(bound.Count > 100, $"Only {bound.Count} bound members were found.");
        Assert.True(missing.Count == 0, "AllBindings.cs does not use:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void The_proof_program_type_checks_against_the_Apps_Script_typings()
    {
        var compilation = TestCompilation.Create(("AllBindings.cs", File.ReadAllText(ProgramPath)));
        var check = TypeCheck(compilation);
        Assert.True(check.ExitCode == 0 && check.Output.Trim().Length == 0, "tsc --checkJs reported:\n" + check);
    }

    [Fact]
    public void A_binding_with_a_wrong_name_arity_or_type_fails_the_type_check()
    {
        const string source = """
            using AppsScript.Interop;
            using AppsScript.Interop.Services;

            [External("UrlFetchApp")]
            public static class WrongUrlFetchApp
            {
                public static extern WrongResponse Fetchh(string url);
                public static extern WrongResponse Fetch(string url, int retries);
            }

            [External]
            public interface WrongResponse
            {
                string GetResponseCode();
            }

            [GlobalFunctions]
            public static class Program
            {
                public static string Misspelt(string url) => WrongUrlFetchApp.Fetchh(url).GetResponseCode();

                public static string Mistyped(string url) => WrongUrlFetchApp.Fetch(url, 3).GetResponseCode();
            }
            """;
        var check = TypeCheck(TestCompilation.Create(("Wrong.cs", source)), ("WrongResponse", "GoogleAppsScript.URL_Fetch.HTTPResponse"));
        Assert.NotEqual(0, check.ExitCode);
        Assert.Contains("error TS2551: Property 'fetchh' does not exist", check.Output);
        Assert.Contains("error TS2559", check.Output);
        Assert.Contains("error TS2322: Type 'number' is not assignable to type 'string'", check.Output);
    }

    private static ProcessResult TypeCheck(Compilation compilation, params (string CSharp, string TypeScript)[] extraTypes)
    {
        var result = CompilerHarness.CompileOrFail(compilation);
        CompilerHarness.DumpIfRequested(compilation.SyntaxTrees.First().FilePath, result);
        var program = compilation.GetTypeByMetadataName("Program")!;
        var semantics = new ScriptSemantics(compilation, new List<Diagnostic>());
        var files = new JsDocTypes(extraTypes.ToDictionary(t => t.CSharp, t => t.TypeScript)).Annotate(result.Files, program, semantics.MemberName);
        return TypeScriptCheck.Run(files);
    }

    /// <summary>Every symbol a name in the program binds to, including members set in object initialisers.</summary>
    private static HashSet<ISymbol> UsedSymbols(Compilation compilation)
    {
        var used = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                var info = model.GetSymbolInfo(name);
                foreach (var symbol in info.CandidateSymbols.Append(info.Symbol))
                {
                    if (symbol is not null) used.Add(symbol.OriginalDefinition);
                }
            }
        }
        return used;
    }

    /// <summary>
    /// The public methods, properties, constants and enum members of the hand-written binding types (the Services, Events
    /// and JavaScript namespaces; the generated ones, marked [GeneratedCode], are proven by GeneratedBindingTests).
    /// </summary>
    private static List<ISymbol> BoundMembers(string assemblyPath, Compilation compilation)
    {
        var assembly = compilation.References.Select(compilation.GetAssemblyOrModuleSymbol).OfType<IAssemblySymbol>()
            .Single(a => a.Name == Path.GetFileNameWithoutExtension(assemblyPath));
        return AllTypes(assembly.GlobalNamespace)
            .Where(t => t.DeclaredAccessibility == Accessibility.Public && t.ContainingNamespace.ToDisplayString() is "AppsScript.Interop.Services" or "AppsScript.Interop.Events" or "AppsScript.Interop.JavaScript")
            .Where(t => !t.GetAttributes().Any(a => a.AttributeClass?.Name == nameof(System.CodeDom.Compiler.GeneratedCodeAttribute)))
            .SelectMany(t => t.GetMembers())
            .Where(m => m.DeclaredAccessibility == Accessibility.Public && !m.IsImplicitlyDeclared && m switch
            {
                IMethodSymbol method => method.MethodKind == MethodKind.Ordinary,
                IPropertySymbol => true,
                IFieldSymbol field => field.ContainingType.TypeKind == TypeKind.Enum || field.IsConst,
                _ => false,
            })
            .ToList();
    }

    private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceSymbol ns) =>
        ns.GetTypeMembers().SelectMany(WithNested).Concat(ns.GetNamespaceMembers().SelectMany(AllTypes));

    private static IEnumerable<INamedTypeSymbol> WithNested(INamedTypeSymbol type) => type.GetTypeMembers().SelectMany(WithNested).Prepend(type);
}
