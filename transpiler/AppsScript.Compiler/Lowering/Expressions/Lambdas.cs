using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Replacements;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>
/// Lambdas become arrow functions (which keep <c>this</c>, as C# lambdas do). A method group becomes an
/// arrow of exactly the delegate's arity, so JavaScript callbacks that pass extra arguments (map's index)
/// cannot reach the method, and its receiver is evaluated once, when the delegate is created.
/// </summary>
internal static class Lambdas
{
    public static JsExpression Arrow(IAnonymousFunctionOperation function, BodyLowerer body)
    {
        if (function.Symbol.IsAsync) return body.Unsupported(function, DiagnosticDescriptors.AsyncNotSupported);
        var parameters = Parameters(function.Symbol.Parameters, body);
        var statements = function.Body.Operations.Where(o => !IsImplicitReturn(o)).ToList();
        var owned = StructCopies.ChangedParameters(function.Symbol, function.Body, body);
        if (owned.Count > 0)
        {
            // A library calls the lambda with the element itself, where .NET passes a copy.
            var lowered = body.Block(function.Body);
            var copies = owned.Select(p => (JsStatement)new JsExpressionStatement(new JsAssign("=", body.Local(p), StructCopies.Copy(body.Local(p), TypeFacts.IsNullableValueType(p.Type)))));
            return new JsArrow(parameters, new JsBlock(copies.Concat(lowered.Body).ToList()));
        }
        // A query clause (where x > 1) is a lambda whose syntax is its expression.
        if (function.Syntax is LambdaExpressionSyntax { ExpressionBody: not null } or not AnonymousFunctionExpressionSyntax && statements.Count == 1)
        {
            switch (statements[0])
            {
                case IReturnOperation { ReturnedValue: { } value }:
                    return new JsArrow(parameters, body.ExpressionBody(value, returnsValue: true));
                case IExpressionStatementOperation { Operation: not IThrowOperation } statement:
                    return new JsArrow(parameters, body.ExpressionBody(statement.Operation, returnsValue: false));
            }
        }
        return new JsArrow(parameters, body.Block(function.Body));
    }

    public static bool IsImplicitReturn(IOperation operation) => operation is IReturnOperation { ReturnedValue: null, IsImplicit: true };

    /// <summary>JS parameters: a <c>params</c> array becomes a rest parameter; discards get distinct names.</summary>
    public static List<JsParameter> Parameters(IEnumerable<IParameterSymbol> parameters, BodyLowerer body)
    {
        var result = new List<JsParameter>();
        foreach (var parameter in parameters)
        {
            var name = parameter.IsDiscard ? body.FreshName("_") : body.LocalName(parameter);
            result.Add(new JsParameter(name, Rest: parameter.IsParams));
        }
        return result;
    }

    public static JsExpression DelegateCreation(IDelegateCreationOperation creation, BodyLowerer body) => creation.Target switch
    {
        IAnonymousFunctionOperation function => Arrow(function, body),
        IMethodReferenceOperation reference => MethodGroup(reference, body),
        _ => body.Expression(creation.Target),
    };

    private static JsExpression MethodGroup(IMethodReferenceOperation reference, BodyLowerer body)
    {
        var method = reference.Method;
        var parameters = method.Parameters.Skip(method.IsExtensionMethod && reference.Instance is not null ? 1 : 0)
            .Select(p => new JsParameter(body.FreshName(p.Name))).ToList();
        // A library calls the delegate with its own struct elements, which the method must get copies of, as in .NET.
        var skipped = method.Parameters.Length - parameters.Count;
        var arguments = parameters.Select((p, i) => Argument(new JsIdentifier(p.Name), method.Parameters[skipped + i])).ToList();
        JsExpression? evaluatedFirst = null;
        JsExpression? receiver = null;
        if (reference.Instance is { } instance)
        {
            receiver = body.Expression(instance);
            if (!IsStableReceiver(instance, receiver, body))
            {
                var temp = body.HoistedTemp("target");
                evaluatedFirst = new JsAssign("=", temp, receiver);
                receiver = temp;
            }
        }
        var call = Call(reference, method, receiver, arguments, body);
        JsExpression arrow = new JsArrow(parameters, call);
        if (call is JsCall { Callee: var callee } && body.Semantics.ShapeOf(method.ContainingType) != TypeShape.Library)
        {
            arrow = Delegates.MethodGroup(arrow, callee, method.IsStatic && !method.IsExtensionMethod ? null : receiver, body);
        }
        return evaluatedFirst is null ? arrow : new JsSequence(new JsExpression[] { evaluatedFirst, arrow });
    }

    private static JsExpression Argument(JsIdentifier value, IParameterSymbol parameter) =>
        parameter.RefKind == RefKind.None && TypeFacts.IsSourceStruct(parameter.Type) ? StructCopies.Copy(value, TypeFacts.IsNullableValueType(parameter.Type)) : value;

    /// <summary>A receiver that will still be the same value when the delegate runs: this, or a local that is never reassigned.</summary>
    private static bool IsStableReceiver(IOperation instance, JsExpression receiver, BodyLowerer body) => instance switch
    {
        IInstanceReferenceOperation => true,
        ILocalReferenceOperation local => !body.IsReassigned(local.Local),
        IParameterReferenceOperation parameter => !body.IsReassigned(parameter.Parameter),
        _ => receiver is JsThis,
    };

    private static JsExpression Call(IMethodReferenceOperation reference, IMethodSymbol method, JsExpression? receiver, List<JsExpression> arguments, BodyLowerer body)
    {
        if (method.MethodKind == MethodKind.LocalFunction)
        {
            return new JsCall(body.Local(method.OriginalDefinition), body.Context.TypeDefaults.WithArguments(method, arguments, reference.Syntax, body));
        }
        var shape = body.Semantics.ShapeOf(method.ContainingType);
        if (shape == TypeShape.Library)
        {
            var call = new BclCall(reference, method, receiver, arguments, body);
            if (body.Context.Replacements.TryLower(call, out var lowered)) return lowered;
            return body.Unsupported(reference, DiagnosticDescriptors.UnmappedMember, method.ToDisplayString(), ReplacementTable.DocumentationId(method));
        }
        body.Reference(method);
        // The delegate passes a params array as one argument; the emitted function takes it as a rest parameter.
        if (method.Parameters.Length > 0 && method.Parameters[^1].IsParams && arguments.Count > 0) arguments[^1] = new JsSpread(arguments[^1]);
        if (method.IsExtensionMethod && receiver is not null) arguments.Insert(0, receiver);
        arguments = body.Context.TypeDefaults.WithArguments(method, arguments, reference.Syntax, body);
        if (shape == TypeShape.GlobalFunctions) return new JsCall(new JsIdentifier(body.Semantics.MemberName(method)), arguments);
        var target = method.IsStatic ? MemberAccess.TypeReference(method.ContainingType, body) : receiver!;
        return new JsCall(new JsMember(target, body.Semantics.MemberName(method)), arguments);
    }
}
