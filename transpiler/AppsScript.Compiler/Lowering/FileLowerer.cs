using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering.Declarations;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Lowering;

/// <summary>The lowered declarations of one .cs file, and what the file needs: helpers and load-time references.</summary>
internal sealed record LoweredFile(SyntaxTree Tree, IReadOnlyList<JsStatement> Declarations, FileScope Scope);

/// <summary>Lowers the types declared in one .cs file, in source order, a base class before the classes that extend it.</summary>
internal static class FileLowerer
{
    public static LoweredFile Lower(SyntaxTree tree, LoweringContext context)
    {
        var scope = new FileScope(tree, context.ModelFor(tree));
        var declarations = new List<JsStatement>();
        foreach (var type in TypesOf(tree, context.Semantics))
        {
            if (type.DeclaringSyntaxReferences.Select(r => r.SyntaxTree).Distinct().Count() > 1)
            {
                var second = type.DeclaringSyntaxReferences.Select(r => r.GetSyntax().GetLocation()).Last();
                if (second.SourceTree == tree) context.Report(DiagnosticDescriptors.PartialAcrossFiles, second, type.Name);
                continue;
            }
            declarations.AddRange(LowerType(type, context, scope));
        }
        return new LoweredFile(tree, declarations, scope);
    }

    private static IEnumerable<JsStatement> LowerType(INamedTypeSymbol type, LoweringContext context, FileScope scope)
    {
        if (type.TypeKind == TypeKind.Struct)
        {
            context.Report(DiagnosticDescriptors.StructNotSupported, type.Locations.FirstOrDefault(), type.Name);
            return Enumerable.Empty<JsStatement>();
        }
        return context.Semantics.ShapeOf(type) switch
        {
            TypeShape.Class or TypeShape.StaticClass => ClassDeclarations.Lower(type, context, scope),
            TypeShape.GlobalFunctions => GlobalFunctionDeclarations.Lower(type, context, scope),
            TypeShape.Enum => new[] { EnumDeclarations.Lower(type, context) },
            _ => Enumerable.Empty<JsStatement>(),
        };
    }

    /// <summary>The types declared in the file in source order, except that a base class comes before its derived classes.</summary>
    private static IEnumerable<INamedTypeSymbol> TypesOf(SyntaxTree tree, ScriptSemantics semantics)
    {
        var types = semantics.SourceTypes
            .Where(t => t.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == tree))
            .OrderBy(t => t.DeclaringSyntaxReferences.First(r => r.SyntaxTree == tree).Span.Start)
            .ToList();
        var emitted = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        var ordered = new List<INamedTypeSymbol>();
        void Emit(INamedTypeSymbol type)
        {
            if (!emitted.Add(type)) return;
            if (type.BaseType is { } baseType && types.Contains(baseType.OriginalDefinition, SymbolEqualityComparer.Default)) Emit((INamedTypeSymbol)baseType.OriginalDefinition);
            ordered.Add(type);
        }
        foreach (var type in types) Emit(type);
        return ordered;
    }
}
