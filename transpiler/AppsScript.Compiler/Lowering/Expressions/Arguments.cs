using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>The lowered arguments of a call, and the temporaries that keep C#'s evaluation order when named arguments are reordered.</summary>
internal sealed record LoweredArguments(IReadOnlyList<JsExpression> Values, IReadOnlyList<JsExpression> Prefix)
{
    /// <summary>The call, preceded by the evaluations of reordered arguments when there are any.</summary>
    public JsExpression Wrap(JsExpression call) => Prefix.Count == 0 ? call : new JsSequence(Prefix.Append(call).ToList());

    /// <summary>These arguments followed by the type parameter defaults the method takes (see TypeParameterDefaults).</summary>
    public LoweredArguments WithTypeDefaults(IMethodSymbol method, SyntaxNode? at, BodyLowerer body) =>
        this with { Values = body.Context.TypeDefaults.WithArguments(method, Values, at, body) };
}

internal static class Arguments
{
    /// <summary>
    /// Arguments for a function the compiler emits: every parameter is passed (C# bakes default values into
    /// the call site), and a <c>params</c> array is passed element by element to the rest parameter.
    /// </summary>
    public static LoweredArguments ForUserFunction(ImmutableArray<IArgumentOperation> arguments, BodyLowerer body) =>
        Lower(arguments, omitTrailingDefaults: false, body);

    /// <summary>Arguments for a call to one of the program's methods, followed by the type parameter defaults it takes (see TypeParameterDefaults).</summary>
    public static LoweredArguments ForUserMethod(IInvocationOperation invocation, BodyLowerer body) =>
        ForUserFunction(invocation.Arguments, body).WithTypeDefaults(invocation.TargetMethod, invocation.Syntax, body);

    /// <summary>Arguments for a host function of Apps Script: omitted optional arguments stay omitted, so the host applies its own defaults.</summary>
    public static LoweredArguments ForHostFunction(ImmutableArray<IArgumentOperation> arguments, BodyLowerer body)
    {
        // A host function takes plain values: it cannot write through a reference object.
        foreach (var argument in arguments.Where(a => a.Parameter?.RefKind is not (null or RefKind.None)))
        {
            body.Unsupported(argument, DiagnosticDescriptors.RefParameterNotSupported, "a ref, out or in argument to a host object's method");
        }
        return Lower(arguments, omitTrailingDefaults: true, body);
    }

    private static LoweredArguments Lower(ImmutableArray<IArgumentOperation> arguments, bool omitTrailingDefaults, BodyLowerer body)
    {
        var inOrder = arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0).ToList();
        if (omitTrailingDefaults)
        {
            while (inOrder.Count > 0 && inOrder[^1].ArgumentKind == ArgumentKind.DefaultValue) inOrder.RemoveAt(inOrder.Count - 1);
        }
        var reordered = !arguments.Select(a => a.Parameter?.Ordinal ?? 0).SequenceEqual(arguments.Select(a => a.Parameter?.Ordinal ?? 0).OrderBy(o => o));
        var lowered = new Dictionary<IArgumentOperation, List<JsExpression>>();
        var prefix = new List<JsExpression>();
        // C# evaluates named arguments in the order they are written, so reordered ones go through temporaries.
        foreach (var argument in arguments)
        {
            var values = LowerOne(argument, body);
            if (reordered)
            {
                for (var i = 0; i < values.Count; i++)
                {
                    if (BodyLowerer.IsSimple(values[i])) continue;
                    var temp = body.HoistedTemp("argument");
                    prefix.Add(new JsAssign("=", temp, values[i]));
                    values[i] = temp;
                }
            }
            lowered[argument] = values;
        }
        return new LoweredArguments(inOrder.SelectMany(a => lowered[a]).ToList(), prefix);
    }

    private static List<JsExpression> LowerOne(IArgumentOperation argument, BodyLowerer body)
    {
        if (argument.ArgumentKind == ArgumentKind.ParamArray)
        {
            return argument.Value is IArrayCreationOperation { Initializer: { } initializer }
                ? initializer.ElementValues.Select(body.Expression).ToList()
                : argument.Value is IArrayCreationOperation ? new List<JsExpression>() : new List<JsExpression> { new JsSpread(body.Expression(argument.Value)) };
        }
        if (argument.Parameter is { RefKind: not RefKind.None } byReference) return new List<JsExpression> { References.Of(argument.Value, byReference, body) };
        var value = body.Expression(argument.Value);
        return argument.Parameter is { IsParams: true } ? new List<JsExpression> { new JsSpread(value) } : new List<JsExpression> { value };
    }

    /// <summary>The argument operations in parameter order with defaults filled in, for a library member's replacement.</summary>
    public static IReadOnlyList<IOperation> InParameterOrder(ImmutableArray<IArgumentOperation> arguments, bool skipExtensionReceiver) =>
        arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0).Skip(skipExtensionReceiver ? 1 : 0).Select(a => a.Value).ToList();
}
