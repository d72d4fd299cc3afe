using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static AppsScript.Compiler.Replacements.Sequences;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// IComparer&lt;T&gt; as an object with a <c>compare(a, b)</c> method: a program's class implementing it already is
/// one (its Compare takes the interface member's name), and Comparer&lt;T&gt;.Create, Comparer&lt;T&gt;.Default and
/// StringComparer.Ordinal and OrdinalIgnoreCase become one. Where a comparer orders a sort, a search or an
/// OrderBy, what counts is its comparison function, taken straight from the comparer where the code shows it.
/// StringComparer.Ordinal (and EqualityComparer&lt;T&gt;.Default) is also the equality a dictionary and a set already
/// have, so it may be given to their constructors, and so may StringComparer.OrdinalIgnoreCase for string keys
/// (<see cref="EqualityOf"/>); any other equality comparer is GAS2001.
/// </summary>
internal static class ComparerReplacements
{
    private const string Comparer = "System.Collections.Generic.Comparer`1";
    private const string StringComparer = "System.StringComparer";

    public static void Register(ReplacementTable table)
    {
        table.Add($"M:{Comparer}.Create(System.Comparison{{`0}})", call => WithCompare(call.Arg(0)));
        table.Add($"P:{Comparer}.Default", call => WithCompare(ExactDefaultComparison(ComparedType(call.Symbol), call.Operation, call.Body)));
        table.Add($"P:{StringComparer}.Ordinal", call => WithCompare(call.Body.Helper("compareOrdinal_")));
        table.Add($"P:{StringComparer}.OrdinalIgnoreCase", call => WithCompare(call.Body.Helper("compareOrdinalIgnoreCase_")));
        table.Add(new[]
        {
            "M:System.Collections.Generic.IComparer`1.Compare(`0,`0)", $"M:{Comparer}.Compare(`0,`0)", $"M:{StringComparer}.Compare(System.String,System.String)",
        }, call => KnownComparison(call.ReceiverOperation!, exact: true, call.Body) is { } comparison
            ? new JsCall(comparison, new[] { call.Arg(0), call.Arg(1) })
            : call.CallOnReceiver("compare", call.Arg(0), call.Arg(1)));
    }

    /// <summary>The equality of a dictionary's keys or a set's elements.</summary>
    public enum KeyEquality
    {
        /// <summary>The key type's own: no comparer given, a null one, EqualityComparer&lt;T&gt;.Default, or StringComparer.Ordinal for strings.</summary>
        Default,

        /// <summary>StringComparer.OrdinalIgnoreCase, for string keys.</summary>
        OrdinalIgnoreCase,

        /// <summary>
        /// An IEqualityComparer&lt;T&gt; of a class of the program, whose GetHashCode and Equals the dictionary or set calls
        /// (<see cref="Lowering.Expressions.OwnEquality.OfComparer"/>); not for a dictionary of strings, a plain object.
        /// </summary>
        Program,
    }

    /// <summary>The comparer argument of a new dictionary or set, if it has one.</summary>
    public static IOperation? EqualityArgument(IObjectCreationOperation creation) =>
        creation.Arguments.FirstOrDefault(a => a.Parameter?.Type.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.IEqualityComparer<T>")?.Value;

    /// <summary>Whether the comparer's static type is a class or struct of the program that implements IEqualityComparer&lt;T&gt; of the key type.</summary>
    private static bool IsProgramComparer(ITypeSymbol? comparerType, ITypeSymbol keyType) =>
        comparerType is { TypeKind: TypeKind.Class or TypeKind.Struct } && comparerType.DeclaringSyntaxReferences.Length > 0
        && comparerType.AllInterfaces.Any(i => i.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.IEqualityComparer<T>" && SymbolEqualityComparer.Default.Equals(i.TypeArguments[0], keyType));

    /// <summary>
    /// The equality a new dictionary or set is given; null after reporting a comparer JavaScript would drop (GAS2001):
    /// one the code does not show, or a StringComparer for keys that are not strings.
    /// </summary>
    public static KeyEquality? EqualityOf(IObjectCreationOperation creation, BodyLowerer body)
    {
        var argument = EqualityArgument(creation);
        if (argument is null) return KeyEquality.Default;
        var keyType = ((INamedTypeSymbol)creation.Constructor!.ContainingType).TypeArguments[0];
        var written = Written(argument);
        KeyEquality? equality = written switch
        {
            { ConstantValue: { HasValue: true, Value: null } } => KeyEquality.Default,
            IPropertyReferenceOperation { Property: { Name: "Default" } property }
                when property.ContainingType.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.EqualityComparer<T>" => KeyEquality.Default,
            IPropertyReferenceOperation { Property: { Name: "Ordinal" } property } when IsStringComparer(property.ContainingType) && TypeFacts.IsString(keyType) => KeyEquality.Default,
            IPropertyReferenceOperation { Property: { Name: "OrdinalIgnoreCase" } property } when IsStringComparer(property.ContainingType) && TypeFacts.IsString(keyType)
                => KeyEquality.OrdinalIgnoreCase,
            _ when IsProgramComparer(written.Type, keyType) && TypeFacts.CollectionOf(creation.Type) != RuntimeCollection.Dictionary => KeyEquality.Program,
            _ => null,
        };
        if (equality is null) body.Unsupported(creation, DiagnosticDescriptors.UnmappedMember, creation.Constructor.ToDisplayString(), ReplacementTable.DocumentationId(creation.Constructor));
        return equality;
    }

    /// <summary>
    /// The comparison function of a comparer argument: the comparison of a comparer the code shows, the default
    /// comparison for a null constant (.NET's meaning of a null comparer), else <c>(x, y) =&gt; comparer.compare(x, y)</c>
    /// over the comparer evaluated once, here.
    /// </summary>
    public static JsExpression Comparison(IOperation comparer, ITypeSymbol elementType, BodyLowerer body)
    {
        if (Written(comparer).ConstantValue is { HasValue: true, Value: null }) return DefaultComparison(elementType, comparer, body);
        if (KnownComparison(comparer, exact: false, body) is { } known) return known;
        var (first, again) = body.Reuse(body.Expression(comparer), "comparer");
        var (x, y) = (body.FreshName("x"), body.FreshName("y"));
        JsExpression arrow = new JsArrow(new[] { new JsParameter(x), new JsParameter(y) },
            new JsCall(new JsMember(again, "compare"), new JsExpression[] { new JsIdentifier(x), new JsIdentifier(y) }));
        return ReferenceEquals(first, again) ? arrow : new JsSequence(new[] { first, arrow });
    }

    /// <summary>
    /// The comparison of a comparer the code shows: the lambda of <c>Comparer&lt;T&gt;.Create</c>, a StringComparer's
    /// helper, or the default comparison of <c>Comparer&lt;T&gt;.Default</c> (with .NET's very values when
    /// <paramref name="exact"/>, since a program may print them, else any comparison of the same order); null for
    /// any other comparer.
    /// </summary>
    private static JsExpression? KnownComparison(IOperation comparer, bool exact, BodyLowerer body) => Written(comparer) switch
    {
        IInvocationOperation { TargetMethod: { Name: "Create" } create } invocation when IsComparerOfT(create.ContainingType) => body.Expression(invocation.Arguments[0].Value),
        IPropertyReferenceOperation { Property: { Name: "Default" } property } when IsComparerOfT(property.ContainingType) => exact
            ? ExactDefaultComparison(ComparedType(property), comparer, body)
            : DefaultComparison(ComparedType(property), comparer, body),
        IPropertyReferenceOperation { Property: { Name: "Ordinal" } property } when IsStringComparer(property.ContainingType) => body.Helper("compareOrdinal_"),
        IPropertyReferenceOperation { Property: { Name: "OrdinalIgnoreCase" } property } when IsStringComparer(property.ContainingType) => body.Helper("compareOrdinalIgnoreCase_"),
        _ => null,
    };

    /// <summary>
    /// The comparison of Comparer&lt;T&gt;.Default with the very values .NET's gives, since a program may print them:
    /// a string's and a char's CompareTo give the difference of the first differing units, a byte's or short's the
    /// difference of the values, a program's class its own CompareTo's value, and int, long, double, bool, enums and
    /// dates the sign, as compare_ does. A tuple gives its first element's, and a nullable byte or short its value's, so
    /// these must hold only types of the last kind.
    /// </summary>
    private static JsExpression ExactDefaultComparison(ITypeSymbol type, IOperation at, BodyLowerer body)
    {
        if (TypeFacts.IsString(type) || TypeFacts.IsChar(type)) return body.Helper("compareStrings_");
        if (IsSmallInteger(type) && TypeFacts.IsNonNullableValueType(type)) return DefaultComparison(type, at, body);
        RequireDefaultOrder(type, at, body);
        if (!ComparesBySign(type))
        {
            return body.Unsupported(at, DiagnosticDescriptors.UnsupportedConstruct,
                $"Comparer<{type.ToDisplayString()}>.Default (its comparison gives its parts' own values, which only int, long, double, bools, enums, dates and classes give here as .NET does)");
        }
        return body.Helper("compare_");
    }

    private static bool IsSmallInteger(ITypeSymbol? type) =>
        TypeFacts.Underlying(type)?.SpecialType is SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_UInt16;

    private static bool ComparesBySign(ITypeSymbol type) => !TypeFacts.IsString(type) && !TypeFacts.IsChar(type) && !IsSmallInteger(type)
        && (type is not INamedTypeSymbol { IsTupleType: true } tuple || tuple.TupleElements.All(e => ComparesBySign(e.Type)));

    private static ITypeSymbol ComparedType(ISymbol member) => ((INamedTypeSymbol)member.ContainingType).TypeArguments[0];

    private static JsExpression WithCompare(JsExpression comparison) => new JsObjectLiteral(new JsObjectMember[] { new JsProperty("compare", comparison) });

    private static bool IsComparerOfT(ITypeSymbol? type) => type?.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.Comparer<T>";

    private static bool IsStringComparer(ITypeSymbol? type) => type?.ToDisplayString() == "System.StringComparer";
}
