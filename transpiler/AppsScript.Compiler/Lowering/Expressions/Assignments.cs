using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Replacements;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>
/// Assignments: simple, compound (with C#'s truncating integer division and null-safe string append),
/// <c>??=</c> (ES2020 has no logical assignment, so <c>a ?? (a = b)</c>), <c>++</c>/<c>--</c> and deconstruction.
/// </summary>
internal static class Assignments
{
    public static JsExpression Simple(ISimpleAssignmentOperation assignment, BodyLowerer body)
    {
        var target = MemberAccess.Target(assignment.Target, body);
        var value = body.Expression(assignment.Value);
        return target is null ? value : new JsAssign("=", target, value);
    }

    public static JsExpression Compound(ICompoundAssignmentOperation compound, BodyLowerer body)
    {
        if (compound.IsLifted) return body.Unsupported(compound, DiagnosticDescriptors.LiftedOperatorNotSupported, compound.OperatorKind + "=");
        if (compound.OperatorMethod is { } method) return LibraryOperator(compound, method, body);
        if (TypeFacts.IsUnsupportedNumeric(compound.Target.Type)) return body.Unsupported(compound, DiagnosticDescriptors.NumericTypeNotSupported, compound.Target.Type!.ToDisplayString());
        var target = MemberAccess.Target(compound.Target, body)!;
        var kind = compound.OperatorKind;
        if (kind == BinaryOperatorKind.Add && TypeFacts.IsString(compound.Target.Type))
        {
            var piece = Strings.Piece(compound.Value, body);
            if (body.IsKnownNotNull(compound.Target)) return new JsAssign("+=", target, piece);
            var (first, again) = ReuseTarget(target, body);
            return new JsAssign("=", first, new JsBinary("+", new JsBinary("??", again, new JsStringLiteral("")), piece));
        }
        var integral = TypeFacts.IsIntegral(compound.Target.Type) && TypeFacts.IsIntegral(compound.Value.Type);
        var boolean = TypeFacts.IsBool(compound.Target.Type);
        var needsRewrite = (integral && kind is BinaryOperatorKind.Divide or BinaryOperatorKind.UnsignedRightShift)
            || (integral && kind == BinaryOperatorKind.Remainder && !BinaryOperators.IsNonZeroConstant(compound.Value))
            || (boolean && kind is BinaryOperatorKind.And or BinaryOperatorKind.Or or BinaryOperatorKind.ExclusiveOr)
            || (TypeFacts.IsChar(compound.Target.Type));
        if (!needsRewrite)
        {
            return new JsAssign(CompoundOperator(kind) + "=", target, body.Expression(compound.Value));
        }
        if (TypeFacts.IsChar(compound.Target.Type)) return body.Unsupported(compound, DiagnosticDescriptors.UnsupportedConstruct, "compound assignment to a char");
        var (targetFirst, targetAgain) = ReuseTarget(target, body);
        var result = BinaryOperators.Arithmetic(kind, targetAgain, body.Expression(compound.Value), compound.Target.Type, compound.Value, compound, body);
        return new JsAssign("=", targetFirst, result);
    }

    private static string CompoundOperator(BinaryOperatorKind kind) => kind switch
    {
        BinaryOperatorKind.Add => "+",
        BinaryOperatorKind.Subtract => "-",
        BinaryOperatorKind.Multiply => "*",
        BinaryOperatorKind.Divide => "/",
        BinaryOperatorKind.Remainder => "%",
        BinaryOperatorKind.And => "&",
        BinaryOperatorKind.Or => "|",
        BinaryOperatorKind.ExclusiveOr => "^",
        BinaryOperatorKind.LeftShift => "<<",
        BinaryOperatorKind.RightShift => ">>",
        _ => throw new System.InvalidOperationException($"No compound form of {kind}."),
    };

    /// <summary>DateTime += TimeSpan and the like: the library operator applied to the target and assigned back.</summary>
    private static JsExpression LibraryOperator(ICompoundAssignmentOperation compound, IMethodSymbol method, BodyLowerer body)
    {
        if (body.Semantics.ShapeOf(method.ContainingType) != TypeShape.Library) return body.Unsupported(compound, DiagnosticDescriptors.OperatorDeclarationNotSupported);
        var target = MemberAccess.Target(compound.Target, body)!;
        if (!BodyLowerer.IsSimple(target)) return body.Unsupported(compound, DiagnosticDescriptors.UnsupportedConstruct, "a compound assignment with an operator method to a computed target");
        var call = new BclCall(compound, method, null, new[] { compound.Target, compound.Value }, body);
        if (!body.Context.Replacements.TryLower(call, out var result))
        {
            return body.Unsupported(compound, DiagnosticDescriptors.UnmappedMember, method.ToDisplayString(), ReplacementTable.DocumentationId(method));
        }
        return new JsAssign("=", target, result);
    }

    /// <summary>An assignment target that is read and then written: its object and index are evaluated once.</summary>
    public static (JsExpression First, JsExpression Again) ReuseTarget(JsExpression target, BodyLowerer body)
    {
        switch (target)
        {
            case JsMember member:
                var (obj, objAgain) = body.Reuse(member.Object, "target");
                return (member with { Object = obj }, member with { Object = objAgain });
            case JsIndex index:
                var (array, arrayAgain) = body.Reuse(index.Object, "target");
                var (key, keyAgain) = body.Reuse(index.Index, "key");
                return (index with { Object = array, Index = key }, index with { Object = arrayAgain, Index = keyAgain });
            default:
                return (target, target);
        }
    }

    public static JsExpression Increment(IIncrementOrDecrementOperation increment, BodyLowerer body)
    {
        if (increment.IsLifted) return body.Unsupported(increment, DiagnosticDescriptors.LiftedOperatorNotSupported, increment.Kind.ToString());
        if (increment.OperatorMethod is not null || TypeFacts.IsChar(increment.Target.Type) || TypeFacts.IsUnsupportedNumeric(increment.Target.Type))
        {
            return body.Unsupported(increment, DiagnosticDescriptors.UnsupportedConstruct, $"++ or -- on '{increment.Target.Type?.ToDisplayString()}'");
        }
        var op = increment.Kind == OperationKind.Increment ? "++" : "--";
        return new JsUpdate(op, !increment.IsPostfix, MemberAccess.Target(increment.Target, body)!);
    }

    public static JsExpression CoalesceAssignment(ICoalesceAssignmentOperation coalesce, BodyLowerer body)
    {
        var (first, again) = ReuseTarget(MemberAccess.Target(coalesce.Target, body)!, body);
        return new JsBinary("??", first, new JsAssign("=", again, body.Expression(coalesce.Value)));
    }

    public static JsExpression Deconstruction(IDeconstructionAssignmentOperation deconstruction, BodyLowerer body)
    {
        var target = deconstruction.Target is IDeclarationExpressionOperation declaration ? declaration.Expression : deconstruction.Target;
        if (!IsArrayShaped(deconstruction.Value.Type)) return body.Unsupported(deconstruction, DiagnosticDescriptors.UnsupportedConstruct, $"deconstructing '{deconstruction.Value.Type?.ToDisplayString()}'");
        var pattern = Pattern(target, body, hoistDeclarations: true);
        return new JsAssign("=", pattern, body.Expression(deconstruction.Value));
    }

    /// <summary>Tuples and KeyValuePairs are JS arrays, so they deconstruct with an array pattern.</summary>
    public static bool IsArrayShaped(ITypeSymbol? type) => TypeFacts.IsTuple(type) || TypeFacts.IsKeyValuePair(type);

    /// <summary>The array pattern of a deconstruction target; declared variables are hoisted unless the caller declares them.</summary>
    public static JsExpression Pattern(IOperation target, BodyLowerer body, bool hoistDeclarations) => target switch
    {
        ITupleOperation tuple => new JsArrayPattern(tuple.Elements.Select(e => e is IDiscardOperation ? null : Pattern(e, body, hoistDeclarations)).ToList()),
        IDeclarationExpressionOperation declaration => Pattern(declaration.Expression, body, hoistDeclarations),
        ILocalReferenceOperation { IsDeclaration: true } local => Declared(local, body, hoistDeclarations),
        IDiscardOperation => new JsIdentifier("undefined"),
        _ => MemberAccess.Target(target, body)!,
    };

    private static JsExpression Declared(ILocalReferenceOperation local, BodyLowerer body, bool hoist)
    {
        var name = body.Local(local.Local);
        if (hoist) body.Hoist(name.Name);
        return name;
    }
}
