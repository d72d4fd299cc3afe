using System.Collections.Generic;
using System.Linq;
using System.Text;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>
/// A .NET composite format string (<c>"{0,-10} {1:F2} {{literal}}"</c>) with a constant format, compiled to a
/// template literal when compiling: each item is formatted as interpolation would format it. .NET evaluates every
/// argument once, in order, before formatting; where the format uses them otherwise (twice, out of order, not at
/// all) and an argument may have effects, the arguments are evaluated into temporaries first.
/// </summary>
internal static class CompositeFormat
{
    /// <summary>The arguments of a call with a params parameter: the values C# gathered, else the values themselves.</summary>
    public static IReadOnlyList<IOperation> Items(IReadOnlyList<IOperation?> arguments) =>
        arguments.Count == 1 && arguments[0] is { } only && ParamsArguments.Elements(only) is { } elements
            ? elements
            : arguments.Where(a => a is not null).Select(a => a!).ToList();

    public static JsExpression Lower(IOperation formatOperation, IReadOnlyList<IOperation> items, IOperation at, string memberName, BodyLowerer body)
    {
        if (formatOperation.ConstantValue.Value is not string format) return body.Unsupported(at, DiagnosticDescriptors.NonConstantFormat, memberName);
        var evaluations = new List<JsExpression>();
        var used = UsedIndexes(format);
        if (!used.SequenceEqual(Enumerable.Range(0, items.Count)) && items.Any(MayHaveEffects))
        {
            for (var index = 0; index < items.Count; index++)
            {
                var item = Strings.WithoutImplicitBoxing(items[index]);
                if (item.ConstantValue.HasValue) continue;
                // An argument the format leaves out is still evaluated, for its effects, as .NET does.
                evaluations.Add(used.Contains(index) ? body.EvaluatedOnce(item, "argument") : body.Expression(item));
            }
        }
        var quasis = new List<string>();
        var expressions = new List<JsExpression>();
        var text = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c == '{' && i + 1 < format.Length && format[i + 1] == '{')
            {
                text.Append('{');
                i++;
                continue;
            }
            if (c == '}' && i + 1 < format.Length && format[i + 1] == '}')
            {
                text.Append('}');
                i++;
                continue;
            }
            if (c == '}') return body.Unsupported(formatOperation, DiagnosticDescriptors.UnsupportedFormat, format, memberName, "a valid composite format");
            if (c != '{')
            {
                text.Append(c);
                continue;
            }
            var end = format.IndexOf('}', i);
            if (end < 0 || !TryParseItem(format[(i + 1)..end], out var index, out var alignment, out var itemFormat) || index >= items.Count)
            {
                return body.Unsupported(formatOperation, DiagnosticDescriptors.UnsupportedFormat, format, memberName, "{index[,alignment][:format]} with an index below the number of arguments");
            }
            var piece = Strings.Convert(items[index], itemFormat, coerced: alignment is null, body);
            if (alignment is { } width) piece = Strings.Align(piece, width);
            if (piece is JsStringLiteral literal) text.Append(literal.Value);
            else
            {
                quasis.Add(text.ToString());
                text.Clear();
                expressions.Add(piece);
            }
            i = end;
        }
        quasis.Add(text.ToString());
        JsExpression result = expressions.Count == 0 ? new JsStringLiteral(quasis[0]) : new JsTemplateLiteral(quasis, expressions);
        return evaluations.Count == 0 ? result : new JsSequence(evaluations.Append(result).ToList());
    }

    /// <summary>
    /// The argument indexes of the format's items, in order. When they are 0, 1, 2, ... each once, the template
    /// evaluates the arguments as .NET does. An item that does not parse ends the list: Lower reports it.
    /// </summary>
    private static List<int> UsedIndexes(string format)
    {
        var used = new List<int>();
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] is '{' or '}' && i + 1 < format.Length && format[i + 1] == format[i])
            {
                i++;
                continue;
            }
            if (format[i] != '{') continue;
            var end = format.IndexOf('}', i);
            if (end < 0 || !TryParseItem(format[(i + 1)..end], out var index, out _, out _)) return used;
            used.Add(index);
            i = end;
        }
        return used;
    }

    /// <summary>Whether evaluating the argument could do something, or give another value later: anything but constants and reads of locals and parameters.</summary>
    private static bool MayHaveEffects(IOperation item) => Strings.WithoutImplicitBoxing(item) switch
    {
        { ConstantValue.HasValue: true } => false,
        ILocalReferenceOperation or IParameterReferenceOperation or IInstanceReferenceOperation => false,
        _ => true,
    };

    private static bool TryParseItem(string item, out int index, out int? alignment, out string? format)
    {
        alignment = null;
        format = null;
        var colon = item.IndexOf(':');
        if (colon >= 0)
        {
            format = item[(colon + 1)..];
            item = item[..colon];
        }
        var comma = item.IndexOf(',');
        if (comma >= 0)
        {
            if (!int.TryParse(item[(comma + 1)..].Trim(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var width))
            {
                index = 0;
                return false;
            }
            alignment = width;
            item = item[..comma];
        }
        return int.TryParse(item.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out index);
    }
}
