using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Js.Ast;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>
/// The argument of a <c>params</c> parameter. C# passes separate values as an implicit array, or for a
/// <c>params ReadOnlySpan&lt;T&gt;</c> overload (which .NET 9 added to string.Join, Concat, Format, Split and
/// Trim) as an implicit collection expression; both become their elements, and an explicit array stays one.
/// </summary>
internal static class ParamsArguments
{
    /// <summary>The values C# gathered into the params argument, or null when the caller passed a collection itself.</summary>
    public static IReadOnlyList<IOperation>? Elements(IOperation argument) => argument switch
    {
        IArrayCreationOperation { IsImplicit: true, Initializer: { } initializer } => initializer.ElementValues,
        ICollectionExpressionOperation { IsImplicit: true } collection when collection.Elements.All(e => e is not ISpreadOperation) => collection.Elements,
        _ => null,
    };

    /// <summary>The params argument as a JS array: a literal of the gathered values, else the array passed.</summary>
    public static JsExpression Array(IOperation argument, BodyLowerer body) => Elements(argument) is { } elements
        ? new JsArrayLiteral(elements.Select(body.Expression).ToList())
        : body.Expression(argument);
}
