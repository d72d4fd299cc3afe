using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>
/// ref, out and in parameters. The callee gets a reference object and reads and writes its <c>value</c>; the
/// caller passes <c>ref_(() =&gt; x, (value) =&gt; x = value)</c>, whose accessors read and write the variable
/// itself. Returning the out values with the result would be shorter to read, but only a reference gives .NET's
/// behaviour everywhere: a value written before the callee throws stays written, two parameters passed the
/// same variable see each other's writes, and the callee sees its own writes to a field through the field.
/// A parameter received by reference is passed on as it is, and a discard or an in argument that is no
/// variable gets an object of its own, <c>{ value: ... }</c>.
/// </summary>
internal static class References
{
    /// <summary>A parameter read or written: <c>name.value</c> when it holds a reference.</summary>
    public static JsExpression Parameter(IParameterSymbol parameter, BodyLowerer body) =>
        parameter.RefKind == RefKind.None ? body.Local(parameter) : new JsMember(body.Local(parameter), "value");

    /// <summary>The reference object an argument passes to a ref, out or in parameter.</summary>
    public static JsExpression Of(IOperation argument, IParameterSymbol parameter, BodyLowerer body)
    {
        switch (argument)
        {
            case IParameterReferenceOperation { Parameter.RefKind: not RefKind.None } received:
                return body.Local(received.Parameter);
            case IDiscardOperation:
                return Box(Literals.DefaultOf(argument.Type, argument, body));
            case IDeclarationExpressionOperation or ILocalReferenceOperation or IParameterReferenceOperation:
                return Variable(OutArguments.Target(argument, body)!, parameter, body);
            case IFieldReferenceOperation { Field.ContainingType.IsTupleType: true }:
                return body.Unsupported(argument, DiagnosticDescriptors.RefParameterNotSupported, "a tuple element passed by reference (copies of a tuple share its elements)");
            case IFieldReferenceOperation { Instance: { } instance } field:
                return Evaluated(new[] { instance }, parameter, body, parts => MemberAccess.Key(parts[0], body.Semantics.MemberName(field.Field)), field);
            case IFieldReferenceOperation field:
                return Variable(body.Expression(field), parameter, body);
            case IArrayElementReferenceOperation { Indices.Length: 1 } element:
                return Evaluated(new[] { element.ArrayReference, element.Indices[0] }, parameter, body, parts => new JsIndex(parts[0], parts[1]), element);
            case var _ when parameter.RefKind is RefKind.In or RefKind.RefReadOnlyParameter:
                // An in argument that is not a variable is a copy of its value, which nothing else can change.
                return Box(body.Expression(argument));
            default:
                return body.Unsupported(argument, DiagnosticDescriptors.RefParameterNotSupported, $"passing '{argument.Syntax}' by reference");
        }
    }

    /// <summary>
    /// A reference to a field or array element: C# finds the object and the index when it passes the argument,
    /// so each that could change before the callee is done is read into a temporary first.
    /// </summary>
    private static JsExpression Evaluated(IOperation[] parts, IParameterSymbol parameter, BodyLowerer body, System.Func<JsExpression[], JsExpression> target, IOperation at)
    {
        var first = new List<JsExpression>();
        var values = parts.Select(part =>
        {
            var value = body.Expression(part);
            if (IsFixed(part, body)) return value;
            var temp = body.HoistedTemp(part is IInstanceReferenceOperation or IFieldReferenceOperation or ILocalReferenceOperation or IParameterReferenceOperation ? "target" : "index");
            first.Add(new JsAssign("=", temp, value));
            return temp;
        }).ToArray();
        if (at is IFieldReferenceOperation field) body.Reference(field.Field);
        var reference = Variable(target(values), parameter, body);
        return first.Count == 0 ? reference : new JsSequence(first.Append(reference).ToList());
    }

    /// <summary>A value that stays the same while the callee runs: <c>this</c>, a constant, or a local nothing reassigns.</summary>
    private static bool IsFixed(IOperation operation, BodyLowerer body) => operation switch
    {
        IInstanceReferenceOperation => true,
        { ConstantValue.HasValue: true } => true,
        ILocalReferenceOperation local => !body.IsReassigned(local.Local),
        IParameterReferenceOperation { Parameter.RefKind: RefKind.None } parameter => !body.IsReassigned(parameter.Parameter),
        _ => false,
    };

    /// <summary><c>ref_(() =&gt; x, (value) =&gt; x = value)</c>; an in parameter cannot be written, so it gets only the getter.</summary>
    private static JsExpression Variable(JsExpression target, IParameterSymbol parameter, BodyLowerer body)
    {
        var getter = new JsArrow(new List<JsParameter>(), target);
        if (parameter.RefKind is RefKind.In or RefKind.RefReadOnlyParameter) return body.CallHelper("ref_", getter);
        var name = "value";
        while (Mentions(target, name)) name += "_";
        var setter = new JsArrow(new List<JsParameter> { new(name) }, new JsAssign("=", target, new JsIdentifier(name)));
        return body.CallHelper("ref_", getter, setter);
    }

    private static bool Mentions(JsExpression expression, string name) => expression switch
    {
        JsIdentifier identifier => identifier.Name == name,
        JsMember member => Mentions(member.Object, name),
        JsIndex index => Mentions(index.Object, name) || Mentions(index.Index, name),
        _ => false,
    };

    private static JsExpression Box(JsExpression value) => new JsObjectLiteral(new List<JsObjectMember> { new JsProperty("value", value) });
}
