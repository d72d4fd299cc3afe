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
/// A compound assignment or increment of a short, ushort, byte or sbyte computes in int and converts back, so it
/// wraps as C#'s <c>x = (T)(x op y)</c> does.
/// </summary>
internal static class Assignments
{
    public static JsExpression Simple(ISimpleAssignmentOperation assignment, BodyLowerer body)
    {
        // this = value in a struct: the value's fields into this object, which is the variable the method runs on.
        if (assignment.Target is IInstanceReferenceOperation)
        {
            return new JsCall(new JsMember(new JsIdentifier("Object"), "assign"), new[] { new JsThis(), body.Expression(assignment.Value) });
        }
        var target = MemberAccess.Target(assignment.Target, body);
        var value = body.Expression(assignment.Value);
        if (assignment.Target is ILocalReferenceOperation local) value = TupleCopies.Into(local.Local, assignment.Value, value, body);
        return target is null ? value : new JsAssign("=", target, value);
    }

    public static JsExpression Compound(ICompoundAssignmentOperation compound, BodyLowerer body)
    {
        if (compound.IsLifted) return body.Unsupported(compound, DiagnosticDescriptors.LiftedOperatorNotSupported, compound.OperatorKind + "=");
        if (UserDefinedOperators.IsDeclared(compound.OperatorMethod, body)) return UserDefinedOperators.Compound(compound, compound.OperatorMethod!, body);
        if (Delegates.IsDelegate(compound.Target.Type)) return Delegates.CompoundAssignment(compound, body);
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
        var narrow = IsNarrowInteger(compound.Target.Type);
        var needsRewrite = narrow || (integral && kind is BinaryOperatorKind.Divide or BinaryOperatorKind.UnsignedRightShift)
            || (integral && Overflow.CanOverflow(kind) && Overflow.Of(compound, compound.IsChecked) != OverflowContext.Default)
            || (integral && kind == BinaryOperatorKind.Remainder)
            || (integral && kind == BinaryOperatorKind.Multiply && !IsPositiveConstant(compound.Value))
            || (boolean && kind is BinaryOperatorKind.And or BinaryOperatorKind.Or or BinaryOperatorKind.ExclusiveOr)
            || BinaryOperators.IsLongBitwise(kind, compound.Target.Type, compound.Value.Type)
            || (TypeFacts.IsChar(compound.Target.Type));
        if (!needsRewrite)
        {
            return new JsAssign(CompoundOperator(kind) + "=", target, body.Expression(compound.Value));
        }
        if (TypeFacts.IsChar(compound.Target.Type))
        {
            if (kind is not (BinaryOperatorKind.Add or BinaryOperatorKind.Subtract)) return body.Unsupported(compound, DiagnosticDescriptors.UnsupportedConstruct, "this compound assignment to a char");
            var (charFirst, charAgain) = ReuseTarget(target, body);
            var by = TypeFacts.IsChar(compound.Value.Type) ? Conversions.CharCode(body.Expression(compound.Value)) : body.Expression(compound.Value);
            return new JsAssign("=", charFirst, ShiftedChar(charAgain, kind == BinaryOperatorKind.Add ? "+" : "-", by));
        }
        var (targetFirst, targetAgain) = ReuseTarget(target, body);
        var result = BinaryOperators.Arithmetic(kind, targetAgain, body.Expression(compound.Value), compound.Target.Type, compound.Value, compound, body);
        if (narrow) result = Conversions.Numeric(result, Int(body), compound.Target.Type!, Overflow.Of(compound, compound.IsChecked), body);
        return new JsAssign("=", targetFirst, result);
    }

    /// <summary>A factor after which a product of integers is never -0 (NegativeZero).</summary>
    private static bool IsPositiveConstant(IOperation value) =>
        value.ConstantValue is { HasValue: true, Value: { } constant } && System.Convert.ToDouble(constant, System.Globalization.CultureInfo.InvariantCulture) > 0;

    /// <summary>The integer types narrower than int, whose arithmetic C# does in int and converts back on assignment.</summary>
    private static bool IsNarrowInteger(ITypeSymbol? type) =>
        TypeFacts.Underlying(type)?.SpecialType is SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Byte or SpecialType.System_SByte;

    private static ITypeSymbol Int(BodyLowerer body) => body.Model.Compilation.GetSpecialType(SpecialType.System_Int32);

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
            case IndexerTarget indexer:
                return Indexers.Reuse(indexer, body);
            default:
                return (target, target);
        }
    }

    public static JsExpression Increment(IIncrementOrDecrementOperation increment, BodyLowerer body)
    {
        if (increment.IsLifted) return body.Unsupported(increment, DiagnosticDescriptors.LiftedOperatorNotSupported, increment.Kind.ToString());
        if (TypeFacts.IsChar(increment.Target.Type)) return CharIncrement(increment, body);
        if (increment.OperatorMethod is not null || TypeFacts.IsUnsupportedNumeric(increment.Target.Type))
        {
            return body.Unsupported(increment, DiagnosticDescriptors.UnsupportedConstruct, $"++ or -- on '{increment.Target.Type?.ToDisplayString()}'");
        }
        if (IsNarrowInteger(increment.Target.Type)) return NarrowIncrement(increment, body);
        var context = Overflow.Of(increment, increment.IsChecked);
        if (context != OverflowContext.Default && TypeFacts.IsIntegral(increment.Target.Type)) return SteppedIncrement(increment, context, body);
        var op = increment.Kind == OperationKind.Increment ? "++" : "--";
        return new JsUpdate(op, !increment.IsPostfix, MemberAccess.Target(increment.Target, body)!);
    }

    /// <summary>++ and -- in a checked or unchecked context: the stepped value goes through the context's overflow rule.</summary>
    private static JsExpression SteppedIncrement(IIncrementOrDecrementOperation increment, OverflowContext context, BodyLowerer body)
    {
        var kind = increment.Kind == OperationKind.Increment ? BinaryOperatorKind.Add : BinaryOperatorKind.Subtract;
        var isLong = TypeFacts.IsLong(increment.Target.Type);
        return Stepped(increment, MemberAccess.Target(increment.Target, body)!, (value, one) =>
            Overflow.Arithmetic(kind, value, one, new JsBinary(kind == BinaryOperatorKind.Add ? "+" : "-", value, one), isLong, context, increment, body), body);
    }

    /// <summary>
    /// x = step(x, 1) for ++ and --. As a statement (a loop's step) it is a plain reassignment; where its value is
    /// used, a postfix form yields the old value, as in C#.
    /// </summary>
    private static JsExpression Stepped(IIncrementOrDecrementOperation increment, JsExpression target, System.Func<JsExpression, JsExpression, JsExpression> step, BodyLowerer body)
    {
        var (first, again) = ReuseTarget(target, body);
        var valueUnused = increment.Parent is IExpressionStatementOperation || increment.Parent is IForLoopOperation;
        if (!increment.IsPostfix || valueUnused) return new JsAssign("=", first, step(again, new JsNumberLiteral(1)));
        var old = body.HoistedTemp("previous");
        return new JsSequence(new JsExpression[]
        {
            new JsAssign("=", old, first),
            new JsAssign("=", again, step(old, new JsNumberLiteral(1))),
            old,
        });
    }

    /// <summary>The char <paramref name="by"/> code units after or before a char: String.fromCharCode(c.charCodeAt(0) ± n).</summary>
    private static JsExpression ShiftedChar(JsExpression character, string op, JsExpression by) =>
        new JsCall(new JsMember(new JsIdentifier("String"), "fromCharCode"), new JsExpression[] { new JsBinary(op, Conversions.CharCode(character), by) });

    /// <summary>++ and -- on a char, a one-unit string in JavaScript: the char one code unit after or before.</summary>
    private static JsExpression CharIncrement(IIncrementOrDecrementOperation increment, BodyLowerer body)
    {
        var op = increment.Kind == OperationKind.Increment ? "+" : "-";
        return Stepped(increment, MemberAccess.Target(increment.Target, body)!, (character, one) => ShiftedChar(character, op, one), body);
    }

    /// <summary>
    /// ++ and -- on a short, ushort, byte or sbyte: one added in int and converted back (checked in a checked
    /// context), so 255 + 1 is 0 in a byte.
    /// </summary>
    private static JsExpression NarrowIncrement(IIncrementOrDecrementOperation increment, BodyLowerer body)
    {
        var op = increment.Kind == OperationKind.Increment ? "+" : "-";
        var type = increment.Target.Type!;
        var context = Overflow.Of(increment, increment.IsChecked);
        return Stepped(increment, MemberAccess.Target(increment.Target, body)!, (value, one) =>
            Conversions.Numeric(new JsBinary(op, value, one), Int(body), type, context, body), body);
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
