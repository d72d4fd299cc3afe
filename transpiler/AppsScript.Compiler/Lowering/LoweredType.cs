using System;
using System.Collections.Generic;
using AppsScript.Compiler.Js.Ast;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Lowering;

/// <summary>
/// One C# type lowered to JavaScript. Its declarations are put together only once linking knows which members the
/// entry points reach: <see cref="Assemble"/> takes that test and returns the type's top-level statements.
/// </summary>
internal sealed record LoweredType(INamedTypeSymbol Type, SyntaxTree Tree, Func<Func<ISymbol, bool>, IReadOnlyList<JsStatement>> Assemble)
{
    /// <summary>Where the type is declared in its file, for keeping source order.</summary>
    public int Position => Type.DeclaringSyntaxReferences[0].Span.Start;
}
