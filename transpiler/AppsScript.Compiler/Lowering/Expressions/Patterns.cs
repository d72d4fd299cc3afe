using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>
/// Type tests, <c>is</c> patterns and switch expressions. A pattern becomes a boolean test of a value that is
/// evaluated once; declared pattern variables are hoisted to their C# scope and assigned when they match.
/// </summary>
internal static class Patterns
{
    public static JsExpression IsType(IIsTypeOperation isType, BodyLowerer body)
    {
        var (prefix, input) = Input(isType.ValueOperand, body);
        var test = TypeTest(input, isType.TypeOperand, isType, body, isType.ValueOperand.Type);
        if (isType.IsNegated) test = new JsUnary("!", test);
        return WithPrefix(prefix, test);
    }

    public static JsExpression IsPattern(IIsPatternOperation isPattern, BodyLowerer body)
    {
        var (prefix, input) = Input(isPattern.Value, body);
        return WithPrefix(prefix, Test(isPattern.Pattern, input, isPattern.Value.Type, body));
    }

    public static JsExpression SwitchExpression(ISwitchExpressionOperation switchExpression, BodyLowerer body)
    {
        var (prefix, input) = Input(switchExpression.Value, body);
        var arms = switchExpression.Arms;
        JsExpression? result = null;
        for (var i = arms.Length - 1; i >= 0; i--)
        {
            var arm = arms[i];
            var test = Test(arm.Pattern, input, switchExpression.Value.Type, body);
            if (arm.Guard is not null) test = And(test, body.Expression(arm.Guard));
            var value = body.Expression(arm.Value);
            var lastOfExhaustive = result is null && (switchExpression.IsExhaustive || IsAlwaysTrue(test)) && arm.Guard is null;
            // Only a switch that can fall through every arm needs the helper that throws .NET's exception.
            result = lastOfExhaustive && !DeclaresVariables(arm.Pattern) ? value : new JsConditional(test, value, result ?? body.CallHelper("switchFailed_", input));
        }
        return WithPrefix(prefix, result ?? body.CallHelper("switchFailed_", input));
    }

    /// <summary>A value a pattern may test several times: simple ones are used as they are, others go through a temporary.</summary>
    public static (JsExpression? Prefix, JsExpression Input) Input(IOperation value, BodyLowerer body)
    {
        var lowered = body.Expression(value);
        if (BodyLowerer.IsSimple(lowered)) return (null, lowered);
        var temp = body.HoistedTemp("value");
        return (new JsAssign("=", temp, lowered), temp);
    }

    private static JsExpression WithPrefix(JsExpression? prefix, JsExpression test) =>
        prefix is null ? test : new JsSequence(new[] { prefix, test });

    private static bool IsAlwaysTrue(JsExpression test) => test is JsBooleanLiteral { Value: true };

    private static bool DeclaresVariables(IPatternOperation pattern) =>
        pattern.Descendants().Prepend(pattern).OfType<IPatternOperation>().Any(p => p is IDeclarationPatternOperation { DeclaredSymbol: not null }
            or IRecursivePatternOperation { DeclaredSymbol: not null });

    private static JsExpression And(JsExpression left, JsExpression right) =>
        IsAlwaysTrue(left) ? right : IsAlwaysTrue(right) ? left : new JsBinary("&&", left, right);

    /// <summary>The boolean test of a pattern against an input that may be repeated.</summary>
    public static JsExpression Test(IPatternOperation pattern, JsExpression input, ITypeSymbol? inputType, BodyLowerer body)
    {
        switch (pattern)
        {
            case IConstantPatternOperation constant:
                return ConstantTest(constant.Value, input, body);
            case IDiscardPatternOperation:
                return new JsBooleanLiteral(true);
            case ITypePatternOperation type:
                return TypeTest(input, type.MatchedType, type, body, inputType);
            case IDeclarationPatternOperation declaration:
                var matches = declaration.MatchesNull ? new JsBooleanLiteral(true) : TypeTest(input, declaration.MatchedType!, declaration, body, inputType);
                return Bind(matches, declaration.DeclaredSymbol, input, body);
            case IRelationalPatternOperation relational:
                var comparison = new JsBinary(RelationalOperator(relational.OperatorKind), input, body.Expression(relational.Value));
                return TypeFacts.IsNonNullableValueType(inputType) ? comparison : And(new JsBinary("!=", input, new JsNullLiteral()), comparison);
            case IBinaryPatternOperation binary:
                var left = Test(binary.LeftPattern, input, inputType, body);
                var right = Test(binary.RightPattern, input, binary.LeftPattern.NarrowedType, body);
                return binary.OperatorKind == BinaryOperatorKind.Or ? new JsBinary("||", left, right) : And(left, right);
            case INegatedPatternOperation negated:
                return new JsUnary("!", Test(negated.Pattern, input, inputType, body));
            case IRecursivePatternOperation recursive:
                return Recursive(recursive, input, inputType, body);
            case IListPatternOperation:
                return body.Unsupported(pattern, DiagnosticDescriptors.PatternNotSupported, "list");
            default:
                return body.Unsupported(pattern, DiagnosticDescriptors.PatternNotSupported, pattern.Kind.ToString());
        }
    }

    private static JsExpression Bind(JsExpression matches, ISymbol? symbol, JsExpression input, BodyLowerer body)
    {
        if (symbol is null) return matches;
        var name = body.Local(symbol);
        body.Hoist(name.Name);
        // A struct variable a pattern declares holds a copy of the value tested, as .NET unboxes or copies it.
        var value = symbol is ILocalSymbol { Type: var type } && TypeFacts.IsSourceStruct(type) ? StructCopies.Copy(input, nullable: false) : input;
        return And(matches, new JsSequence(new JsExpression[] { new JsAssign("=", name, value), new JsBooleanLiteral(true) }));
    }

    private static JsExpression ConstantTest(IOperation value, JsExpression input, BodyLowerer body)
    {
        if (value.ConstantValue is { HasValue: true, Value: null }) return new JsBinary("==", input, new JsNullLiteral());
        if (value.ConstantValue.Value is double d && double.IsNaN(d))
        {
            return new JsCall(new JsMember(new JsIdentifier("Number"), "isNaN"), new[] { input });
        }
        return new JsBinary("===", input, body.Expression(Strings.WithoutImplicitBoxing(value)));
    }

    private static JsExpression Recursive(IRecursivePatternOperation recursive, JsExpression input, ITypeSymbol? inputType, BodyLowerer body)
    {
        if (recursive.DeconstructionSubpatterns.Length > 0) return body.Unsupported(recursive, DiagnosticDescriptors.PatternNotSupported, "positional");
        var test = TypeTest(input, recursive.MatchedType, recursive, body, inputType);
        body.PushImplicitReceiver(input);
        try
        {
            foreach (var subpattern in recursive.PropertySubpatterns)
            {
                var member = body.Expression(subpattern.Member);
                JsExpression memberInput = member;
                JsExpression? prefix = null;
                if (!BodyLowerer.IsSimple(member))
                {
                    var temp = body.HoistedTemp("member");
                    prefix = new JsAssign("=", temp, member);
                    memberInput = temp;
                }
                test = And(test, WithPrefix(prefix, Test(subpattern.Pattern, memberInput, subpattern.Member.Type, body)));
            }
        }
        finally
        {
            body.PopImplicitReceiver();
        }
        return Bind(test, recursive.DeclaredSymbol, input, body);
    }

    private static string RelationalOperator(BinaryOperatorKind kind) => kind switch
    {
        BinaryOperatorKind.LessThan => "<",
        BinaryOperatorKind.LessThanOrEqual => "<=",
        BinaryOperatorKind.GreaterThan => ">",
        _ => ">=",
    };

    /// <summary>
    /// True when the value is a non-null instance of the type. Where the input's static type already is the
    /// type, only null is tested; other tests use typeof or instanceof, and types JavaScript cannot tell
    /// apart at run time are errors.
    /// </summary>
    private static JsExpression TypeTest(JsExpression input, ITypeSymbol type, IOperation at, BodyLowerer body, ITypeSymbol? inputType = null)
    {
        var conversion = inputType is null ? default : body.Context.Compilation.ClassifyCommonConversion(inputType, type);
        if (inputType is not null && (conversion.IsIdentity || (conversion.IsImplicit && !conversion.IsNullable) || TypeFacts.Underlying(inputType)!.Equals(type, SymbolEqualityComparer.Default)))
        {
            return TypeFacts.IsNonNullableValueType(inputType) ? new JsBooleanLiteral(true) : new JsBinary("!=", input, new JsNullLiteral());
        }
        return RuntimeTypeTest(input, type, at, body, inputType) ?? new JsBooleanLiteral(false);
    }

    /// <summary>A runtime test that the value is an instance of the type, or null (after reporting) when JavaScript cannot tell.</summary>
    public static JsExpression? RuntimeTypeTest(JsExpression input, ITypeSymbol type, IOperation at, BodyLowerer body, ITypeSymbol? inputType = null)
    {
        if (type.SpecialType == SpecialType.System_Object) return new JsBinary("!=", input, new JsNullLiteral());
        if (BoxedCharMayPass(type, at, body, inputType)) return null;
        var argument = TypeTestArgument(type, body);
        if (argument is JsStringLiteral typeofName) return new JsBinary("===", new JsUnary("typeof", input), typeofName);
        if (argument is not null) return new JsBinary("instanceof", input, argument);
        if (BoxedNumberTest(input, type, at, body, inputType) is { } numberTest) return numberTest;
        ReportUncheckable(type, at, body);
        return null;
    }

    /// <summary>
    /// <c>boxed is int</c> of a value typed object (or an interface, ValueType, Enum): every number type is a
    /// JavaScript number, so the test is <c>typeof boxed === "number"</c> where the program boxes no number type but
    /// this one, and false where it never boxes this one and takes in no value of unknown type (BoxedNumbers);
    /// otherwise it is GAS1016 naming the first place another number or a value of unknown type becomes an object.
    /// Null for other tests.
    /// </summary>
    private static JsExpression? BoxedNumberTest(JsExpression input, ITypeSymbol type, IOperation at, BodyLowerer body, ITypeSymbol? inputType)
    {
        if (inputType is not { IsReferenceType: true } || inputType.TypeKind == TypeKind.TypeParameter || TypeFacts.IsNullableValueType(type)) return null;
        if (!Analysis.BoxedNumbers.IsNumberAtRunTime(type) || TypeFacts.IsUnsupportedNumeric(type)) return null;
        var boxed = body.Context.BoxedNumbers;
        var isBoxed = boxed.Types.ContainsKey(type);
        if (!isBoxed && boxed.Unknown is null) return new JsBooleanLiteral(false);
        var other = boxed.Types.FirstOrDefault(t => !SymbolEqualityComparer.Default.Equals(t.Key, type));
        if (other.Key is null && boxed.Unknown is null) return new JsBinary("===", new JsUnary("typeof", input), new JsStringLiteral("number"));
        var (what, where) = other.Key is not null ? ($"values of type {other.Key.ToDisplayString()}", other.Value) : boxed.Unknown!.Value;
        body.Report(DiagnosticDescriptors.TypeTestNotSupported, at.Syntax, type.ToDisplayString(),
            $"every number is a JavaScript number, and the program makes objects of {type.ToDisplayString()} and of {what} ({Analysis.BoxedNumbers.Where(where)})");
        return new JsBooleanLiteral(false);
    }

    /// <summary>
    /// <c>boxed is string</c> (or a cast to string) where the program boxes a char: the char is a one-character JavaScript string, which
    /// the test would take for a string, so it is GAS1016 naming where the char becomes an object.
    /// </summary>
    public static bool BoxedCharMayPass(ITypeSymbol type, IOperation at, BodyLowerer body, ITypeSymbol? inputType)
    {
        if (!TypeFacts.IsString(type) || inputType is not { IsReferenceType: true } || TypeFacts.IsString(inputType)) return false;
        if (body.Context.BoxedNumbers.Char is not { } where) return false;
        body.Report(DiagnosticDescriptors.TypeTestNotSupported, at.Syntax, type.ToDisplayString(),
            $"a char is a one-character string in JavaScript, and the program makes objects of char ({Analysis.BoxedNumbers.Where(where)})");
        return true;
    }

    /// <summary>
    /// What a runtime check of the type compares with: a typeof name for string and bool, a class for a class
    /// or exception, or null when JavaScript cannot tell the type apart.
    /// </summary>
    public static JsExpression? TypeTestArgument(ITypeSymbol type, BodyLowerer body)
    {
        if (type.SpecialType == SpecialType.System_String) return new JsStringLiteral("string");
        if (type.SpecialType == SpecialType.System_Boolean) return new JsStringLiteral("boolean");
        if (type.ToDisplayString() == "System.Exception") return new JsIdentifier("Error");
        switch (body.Semantics.ShapeOf(type))
        {
            case TypeShape.Class:
                body.Reference(type);
                return MemberAccess.TypeReference(type, body);
            case TypeShape.Library when ScriptSemantics.DerivesFromException(type) && body.Context.Helpers.IsHelperName(type.Name):
                return body.Helper(type.Name);
            default:
                return null;
        }
    }

    private static void ReportUncheckable(ITypeSymbol type, IOperation at, BodyLowerer body)
    {
        var shape = body.Semantics.ShapeOf(type);
        if (shape == TypeShape.PlainData)
        {
            body.Report(DiagnosticDescriptors.PlainDataTypeTest, at.Syntax, type.ToDisplayString());
            return;
        }
        var reason = type switch
        {
            _ when TypeFacts.IsNumeric(type) || TypeFacts.IsChar(type) || type.TypeKind == TypeKind.Enum
                => "all numbers are JavaScript numbers, and a char is a one-character string",
            { TypeKind: TypeKind.Interface } => "interfaces are erased",
            { TypeKind: TypeKind.TypeParameter } => "generics are erased",
            _ when TypeFacts.CollectionOf(type) != RuntimeCollection.None => "collections of every element type look alike",
            _ => "it has no class of its own in JavaScript",
        };
        body.Report(DiagnosticDescriptors.TypeTestNotSupported, at.Syntax, type.ToDisplayString(), reason);
    }
}
