using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Lowering.Declarations;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Lowering;

/// <summary>Lowers the types declared in one .cs file, in source order; linking later decides what is kept and in which order.</summary>
internal static class FileLowerer
{
    public static IReadOnlyList<LoweredType> Lower(SyntaxTree tree, LoweringContext context)
    {
        var scope = new FileScope(tree, context.ModelFor(tree));
        var lowered = new List<LoweredType>();
        foreach (var type in TypesOf(tree, context.Semantics))
        {
            if (type.DeclaringSyntaxReferences.Select(r => r.SyntaxTree).Distinct().Count() > 1)
            {
                var second = type.DeclaringSyntaxReferences.Select(r => r.GetSyntax().GetLocation()).Last();
                if (second.SourceTree == tree) context.Report(DiagnosticDescriptors.PartialAcrossFiles, second, type.Name);
                continue;
            }
            if (LowerType(type, context, scope) is { } loweredType) lowered.Add(loweredType);
        }
        return lowered;
    }

    private static LoweredType? LowerType(INamedTypeSymbol type, LoweringContext context, FileScope scope)
    {
        return context.Semantics.ShapeOf(type) switch
        {
            TypeShape.Class or TypeShape.StaticClass => ClassDeclarations.Lower(type, context, scope),
            TypeShape.GlobalFunctions => GlobalFunctionDeclarations.Lower(type, context, scope),
            TypeShape.Enum => EnumDeclarations.Lower(type, context, scope),
            _ => null,
        };
    }

    /// <summary>The types declared in the file, in source order.</summary>
    private static IEnumerable<INamedTypeSymbol> TypesOf(SyntaxTree tree, ScriptSemantics semantics) =>
        semantics.SourceTypes
            .Where(t => t.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == tree))
            .OrderBy(t => t.DeclaringSyntaxReferences.First(r => r.SyntaxTree == tree).Span.Start);
}
