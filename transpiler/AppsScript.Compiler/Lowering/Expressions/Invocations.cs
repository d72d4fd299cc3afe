using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Replacements;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>
/// Method calls: to the program's own methods and global functions, to local functions and delegates, to
/// Apps Script host objects, and to the .NET library through the replacement table.
/// </summary>
internal static class Invocations
{
    public static JsExpression Lower(IInvocationOperation invocation, BodyLowerer body)
    {
        var method = invocation.TargetMethod;
        switch (method.MethodKind)
        {
            case MethodKind.LocalFunction:
                return Call(body.Local(method.OriginalDefinition), Arguments.ForUserMethod(invocation, body));
            case MethodKind.DelegateInvoke:
                return Call(body.Expression(invocation.Instance!), Arguments.ForUserMethod(invocation, body));
        }
        var container = method.ContainingType;
        var shape = body.Semantics.ShapeOf(container);
        switch (shape)
        {
            case TypeShape.Library:
                return Library(invocation, method, body);
            case TypeShape.External:
                return Call(new JsMember(MemberAccess.Receiver(invocation.Instance, method, body), body.Semantics.MemberName(method)),
                    Arguments.ForHostFunction(invocation.Arguments, body));
            case TypeShape.GlobalFunctions when !method.IsExtensionMethod:
                body.Reference(method);
                return Call(new JsIdentifier(body.Semantics.MemberName(method)), Arguments.ForUserMethod(invocation, body));
        }
        if (shape == TypeShape.PlainData && method.IsImplicitlyDeclared) return RecordMember(invocation, method, body);
        body.Reference(method);
        if (method.IsExtensionMethod || method.IsStatic)
        {
            var callee = shape == TypeShape.GlobalFunctions
                ? (JsExpression)new JsIdentifier(body.Semantics.MemberName(method))
                : new JsMember(MemberAccess.TypeReference(container, body), body.Semantics.MemberName(method));
            return Call(callee, Arguments.ForUserMethod(invocation, body));
        }
        var receiver = MemberAccess.Receiver(invocation.Instance, method, body);
        return Call(new JsMember(receiver, body.Semantics.MemberName(method)), Arguments.ForUserMethod(invocation, body));
    }

    /// <summary>
    /// The members C# writes for a record. Plain data is an object literal without them: ToString is the string
    /// of a type without its own (GAS1021), Equals value equality (GAS1026), the rest unsupported.
    /// </summary>
    private static JsExpression RecordMember(IInvocationOperation invocation, IMethodSymbol method, BodyLowerer body) => method.Name switch
    {
        "ToString" when invocation.Instance is { } instance => Strings.Display(instance, body),
        "Equals" => body.Unsupported(invocation, DiagnosticDescriptors.ValueEqualityNotSupported, "Equals", method.ContainingType.ToDisplayString()),
        _ => body.Unsupported(invocation, DiagnosticDescriptors.UnsupportedConstruct, $"the record member '{method.Name}'"),
    };

    private static JsExpression Call(JsExpression callee, LoweredArguments arguments) =>
        arguments.Wrap(new JsCall(callee, arguments.Values));

    private static JsExpression Library(IInvocationOperation invocation, IMethodSymbol method, BodyLowerer body)
    {
        // A library method a user type overrides (ToString) is a call to the override.
        if (invocation.Instance is { Type: { } instanceType } && body.Semantics.ShapeOf(instanceType) == TypeShape.Class && method.Name == "ToString"
            && Strings.HasOwnToString(instanceType, body.Semantics) && method.Parameters.Length == 0)
        {
            return new JsCall(new JsMember(body.Expression(invocation.Instance), "toString"), System.Array.Empty<JsExpression>());
        }
        var isExtension = method.IsExtensionMethod && invocation.Instance is null;
        var receiver = isExtension ? invocation.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0).First().Value : invocation.Instance;
        var call = new BclCall(invocation, method, receiver, Arguments.InParameterOrder(invocation.Arguments, isExtension), body);
        if (body.Context.Replacements.TryLower(call, out var lowered)) return lowered;
        return body.Unsupported(invocation, DiagnosticDescriptors.UnmappedMember, method.ToDisplayString(), ReplacementTable.DocumentationId(method));
    }
}
