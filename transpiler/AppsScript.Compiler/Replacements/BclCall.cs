using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// A use of a .NET library member that a replacement lowers: a call, a constructor, a property or field
/// read, an operator, a conversion, or a method group. Receiver and arguments are lowered on first use, so
/// a replacement can also look at the operations themselves (a lambda's shape, a constant format string,
/// an out argument). For a method group there are no argument operations, only the arrow's parameters.
/// </summary>
internal sealed class BclCall
{
    private readonly IOperation? _receiverOperation;
    private readonly IReadOnlyList<IOperation>? _argumentOperations;
    private readonly JsExpression?[] _arguments;
    private JsExpression? _receiver;

    public BclCall(IOperation operation, ISymbol symbol, IOperation? receiver, IReadOnlyList<IOperation> arguments, BodyLowerer body)
    {
        Operation = operation;
        Symbol = symbol;
        _receiverOperation = receiver;
        _argumentOperations = arguments;
        _arguments = new JsExpression?[arguments.Count];
        Body = body;
    }

    /// <summary>A call whose receiver and arguments are already lowered, as for a method group's arrow.</summary>
    public BclCall(IOperation operation, ISymbol symbol, JsExpression? receiver, IReadOnlyList<JsExpression> arguments, BodyLowerer body)
    {
        Operation = operation;
        Symbol = symbol;
        _receiver = receiver;
        _arguments = arguments.ToArray();
        Body = body;
    }

    /// <summary>The invocation, object creation, member reference, operator, conversion or method reference being lowered.</summary>
    public IOperation Operation { get; }

    /// <summary>The library member (for an extension method, its static definition).</summary>
    public ISymbol Symbol { get; }

    public IMethodSymbol? Method => Symbol as IMethodSymbol;

    public BodyLowerer Body { get; }

    /// <summary>The receiver's operation: the instance, or the first argument of an extension method; null for a method group.</summary>
    public IOperation? ReceiverOperation => _receiverOperation;

    public int ArgumentCount => _arguments.Length;

    /// <summary>The operation of an argument in parameter order, defaults filled in; null for a method group's parameters.</summary>
    public IOperation? ArgumentOperation(int index) => _argumentOperations?[index];

    public JsExpression Receiver => _receiver ??= _receiverOperation is null
        ? throw new InvalidOperationException($"'{Symbol.ToDisplayString()}' has no receiver.")
        : Body.Expression(_receiverOperation);

    public JsExpression Arg(int index) => _arguments[index] ??= Body.Expression(_argumentOperations![index]);

    public IReadOnlyList<JsExpression> Args => Enumerable.Range(0, ArgumentCount).Select(Arg).ToList();

    /// <summary>The type of the value the member produces.</summary>
    public ITypeSymbol? ResultType => Method is { } method ? (method.MethodKind == MethodKind.Constructor ? method.ContainingType : method.ReturnType) : Operation.Type;

    public ITypeSymbol? ReceiverType => _receiverOperation?.Type ?? (Method is { IsExtensionMethod: true } m ? m.Parameters[0].Type : Symbol.ContainingType);

    public ITypeSymbol ParameterType(int index) => Method!.Parameters[Method.IsExtensionMethod && Method.ReducedFrom is null ? index + 1 : index].Type;

    public JsExpression Helper(string name, params JsExpression[] arguments) => Body.CallHelper(name, arguments);

    public JsMember Member(string name) => new(Receiver, name);

    public JsCall CallOnReceiver(string name, params JsExpression[] arguments) => new(new JsMember(Receiver, name), arguments);

    /// <summary>The argument's constant value, when it has one.</summary>
    public object? Constant(int index) => ArgumentOperation(index)?.ConstantValue is { HasValue: true } c ? c.Value : null;

    public bool IsConstant(int index) => ArgumentOperation(index)?.ConstantValue.HasValue == true;

    /// <summary>The argument as a lambda, unwrapped from its delegate creation, when it is one.</summary>
    public IAnonymousFunctionOperation? Lambda(int index) =>
        ArgumentOperation(index) is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } ? lambda : null;
}
