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
/// template literal when compiling: each item is formatted as interpolation would format it.
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
        return expressions.Count == 0 ? new JsStringLiteral(quasis[0]) : new JsTemplateLiteral(quasis, expressions);
    }

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
