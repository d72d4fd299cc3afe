using System.Globalization;
using System.Text;

namespace AppsScript.Compiler.Js.Printer;

/// <summary>Escapes string and template text so the printed literal reads back as the same UTF-16 units.</summary>
public static class JsStringEscaper
{
    public static string Quote(string value) => "\"" + Escape(value, '"') + "\"";

    public static string EscapeTemplateText(string value)
    {
        var escaped = Escape(value, '`');
        return escaped.Replace("${", "\\${");
    }

    private static string Escape(string value, char quote)
    {
        var builder = new StringBuilder(value.Length + 2);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': builder.Append("\\\\"); continue;
                case '\n': builder.Append("\\n"); continue;
                case '\r': builder.Append("\\r"); continue;
                case '\t': builder.Append("\\t"); continue;
                case '\b': builder.Append("\\b"); continue;
                case '\f': builder.Append("\\f"); continue;
                case '\v': builder.Append("\\v"); continue;
            }
            if (c == quote)
            {
                builder.Append('\\').Append(c);
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
                continue;
            }
            if (NeedsUnicodeEscape(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                continue;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    // Control and format characters, line separators and lone surrogates are invisible or
    // unencodable in a UTF-8 source file, so they are written as escapes.
    private static bool NeedsUnicodeEscape(char c) =>
        c < 0x20 || (c >= 0x7f && c <= 0x9f) || c is '\u2028' or '\u2029' or '\ufeff'
        || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
