using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering.Expressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// DateTime and DateTimeOffset are numbers of milliseconds since the Unix epoch (UTC) and TimeSpan a number of
/// milliseconds, so their arithmetic and comparisons are number operations. This holds what the three share:
/// unit sizes, sums that fold constants, the comparison members, and the checks of culture arguments.
/// </summary>
internal static class TimeValues
{
    public const double Second = 1000;
    public const double Minute = 60 * Second;
    public const double Hour = 60 * Minute;
    public const double Day = 24 * Hour;

    /// <summary>Date.now(): the current instant, for DateTime.UtcNow and DateTimeOffset.UtcNow.</summary>
    public static JsExpression Now => new JsCall(new JsMember(new JsIdentifier("Date"), "now"), System.Array.Empty<JsExpression>());

    /// <summary><c>amount * unit</c>, left as a product so that it reads as "3 hours"; an amount of 0 or 1 is its result.</summary>
    public static JsExpression Scaled(JsExpression amount, double unit) => amount switch
    {
        JsNumberLiteral { Value: 0 } => new JsNumberLiteral(0),
        JsNumberLiteral { Value: 1 } => new JsNumberLiteral(unit),
        _ when unit == 1 => amount,
        _ => new JsBinary("*", amount, new JsNumberLiteral(unit)),
    };

    /// <summary>The sum of the terms in order, zeros left out.</summary>
    public static JsExpression Sum(IEnumerable<JsExpression> terms)
    {
        var kept = terms.Where(t => t is not JsNumberLiteral { Value: 0 }).ToList();
        if (kept.Count == 0) return new JsNumberLiteral(0);
        return kept.Skip(1).Aggregate(kept[0], (sum, term) => new JsBinary("+", sum, term));
    }

    /// <summary>The sum of the arguments, each in its unit: <c>new TimeSpan(h, m, s)</c>, <c>TimeSpan.FromHours(h, m)</c>.</summary>
    public static JsExpression SumOfArguments(BclCall call, IReadOnlyList<double> units) =>
        Sum(units.Select((unit, i) => Scaled(call.Arg(i), unit)));

    /// <summary><c>left + right</c>, written <c>left - 30 * 86400000</c> when right is a negated amount.</summary>
    public static JsExpression Plus(JsExpression left, JsExpression right) =>
        Negated(right) is { } subtracted ? Minus(left, subtracted) : Sum(new[] { left, right });

    /// <summary>x for an expression that is <c>-x</c>: a negative literal, a negation, or such an amount times a unit.</summary>
    private static JsExpression? Negated(JsExpression expression) => expression switch
    {
        JsNumberLiteral { Value: < 0 } literal => new JsNumberLiteral(-literal.Value),
        JsUnary { Operator: "-" } negation => negation.Operand,
        JsBinary { Operator: "*" } product when Negated(product.Left) is { } amount => product with { Left = amount },
        _ => null,
    };

    public static JsExpression Minus(JsExpression left, JsExpression right) => new JsBinary("-", left, right);

    /// <summary>
    /// The arithmetic of an instant, DateTime or DateTimeOffset: AddDays to AddMilliseconds add the amount in
    /// milliseconds, a TimeSpan is added or subtracted, and two instants subtract to a TimeSpan.
    /// </summary>
    public static void RegisterInstantArithmetic(ReplacementTable table, string type)
    {
        foreach (var (method, unit) in new[] { ("AddDays", Day), ("AddHours", Hour), ("AddMinutes", Minute), ("AddSeconds", Second), ("AddMilliseconds", 1.0) })
        {
            table.Add($"M:{type}.{method}(System.Double)", call => Plus(call.Receiver, Scaled(call.Arg(0), unit)));
        }
        table.Add($"M:{type}.Add(System.TimeSpan)", call => Plus(call.Receiver, call.Arg(0)));
        table.Add(new[] { $"M:{type}.Subtract(System.TimeSpan)", $"M:{type}.Subtract({type})" }, call => Minus(call.Receiver, call.Arg(0)));
        table.Add($"M:{type}.op_Addition({type},System.TimeSpan)", call => Plus(call.Arg(0), call.Arg(1)));
        table.Add(new[] { $"M:{type}.op_Subtraction({type},System.TimeSpan)", $"M:{type}.op_Subtraction({type},{type})" }, call => Minus(call.Arg(0), call.Arg(1)));
    }

    public static JsExpression Floor(JsExpression value) => new JsCall(new JsMember(new JsIdentifier("Math"), "floor"), new[] { value });

    /// <summary>The comparison operators and methods of a type whose values are numbers, such as System.DateTime.</summary>
    public static void RegisterComparisons(ReplacementTable table, string type)
    {
        table.Add(new[] { $"M:{type}.op_Equality({type},{type})", $"M:{type}.op_Inequality({type},{type})" }, Equality);
        table.Add($"M:{type}.op_LessThan({type},{type})", call => new JsBinary("<", call.Arg(0), call.Arg(1)));
        table.Add($"M:{type}.op_LessThanOrEqual({type},{type})", call => new JsBinary("<=", call.Arg(0), call.Arg(1)));
        table.Add($"M:{type}.op_GreaterThan({type},{type})", call => new JsBinary(">", call.Arg(0), call.Arg(1)));
        table.Add($"M:{type}.op_GreaterThanOrEqual({type},{type})", call => new JsBinary(">=", call.Arg(0), call.Arg(1)));
        table.Add($"M:{type}.Equals({type})", call => new JsBinary("===", call.Receiver, call.Arg(0)));
        table.Add($"M:{type}.Equals({type},{type})", call => new JsBinary("===", call.Arg(0), call.Arg(1)));
        // CompareTo gives -1, 0 or 1, as Math.sign does.
        table.Add($"M:{type}.CompareTo({type})", call => Sign(Minus(call.Receiver, call.Arg(0))));
        table.Add($"M:{type}.Compare({type},{type})", call => Sign(Minus(call.Arg(0), call.Arg(1))));
    }

    private static JsExpression Sign(JsExpression value) => new JsCall(new JsMember(new JsIdentifier("Math"), "sign"), new[] { value });

    /// <summary><c>==</c> and <c>!=</c>, strict unless both sides may be null (a lifted comparison of T?).</summary>
    private static JsExpression Equality(BclCall call) => call.Operation is IBinaryOperation binary
        ? BinaryOperators.Equality(binary, call.Body)
        : new JsBinary(call.Method!.Name == "op_Equality" ? "===" : "!==", call.Arg(0), call.Arg(1));

    /// <summary>A member whose result depends on the machine's time zone or culture, which Apps Script does not share: GAS2003.</summary>
    public static JsExpression EnvironmentDependent(BclCall call, string hint) =>
        call.Body.Unsupported(call.Operation, DiagnosticDescriptors.EnvironmentDependent, MemberName(call.Symbol), hint);

    /// <summary>Registers members that are GAS2003 with the same hint.</summary>
    public static void AddEnvironmentDependent(ReplacementTable table, string hint, params string[] documentationIds) =>
        table.Add(documentationIds, call => EnvironmentDependent(call, hint));

    /// <summary><c>DateTime.Now</c>, <c>DateTimeOffset.ToString(string)</c>: the member as a C# programmer names it.</summary>
    private static string MemberName(ISymbol member)
    {
        var name = member is IMethodSymbol { MethodKind: MethodKind.Constructor } ? $"new {member.ContainingType.Name}" : $"{member.ContainingType.Name}.{member.Name}";
        return member is IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.Constructor } method
            ? $"{name}({string.Join(", ", method.Parameters.Select(p => p.Type.Name))})"
            : name;
    }

    /// <summary>
    /// A call with a format provider: only CultureInfo.InvariantCulture formats and parses as the invariant
    /// culture of Apps Script does, so with it the call is lowered as <paramref name="lower"/> says, and any
    /// other culture is reported (GAS2003).
    /// </summary>
    public static JsExpression WithInvariantCulture(BclCall call, int providerIndex, System.Func<JsExpression> lower)
    {
        var provider = call.ArgumentOperation(providerIndex)!;
        while (provider is IConversionOperation conversion) provider = conversion.Operand;
        if (provider is IPropertyReferenceOperation { Property: { Name: "InvariantCulture" } property }
            && property.ContainingType.ToDisplayString() == "System.Globalization.CultureInfo") return lower();
        return call.Body.Unsupported(call.ArgumentOperation(providerIndex)!, DiagnosticDescriptors.EnvironmentDependent, MemberName(call.Symbol),
            "pass CultureInfo.InvariantCulture, the only culture the compiled code formats and parses with");
    }

    /// <summary>
    /// <c>value.ToString(format)</c> with a constant format, formatted as interpolation formats <c>{value:format}</c>;
    /// a null or empty format is the default string, as in .NET.
    /// </summary>
    public static JsExpression Formatted(BclCall call, int formatIndex)
    {
        if (!call.IsConstant(formatIndex)) return call.Body.Unsupported(call.Operation, DiagnosticDescriptors.NonConstantFormat, MemberName(call.Symbol));
        return call.Constant(formatIndex) is string { Length: > 0 } format
            ? Formats.Apply(call.ReceiverOperation!, format, call.Body)
            : Strings.Display(call.ReceiverOperation!, call.Body);
    }
}
