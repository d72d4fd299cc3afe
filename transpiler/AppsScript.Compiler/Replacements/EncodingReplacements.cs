using AppsScript.Compiler.Js.Ast;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// System.Text.Encoding.UTF8 between strings and byte arrays (arrays of numbers). UTF8 is the only encoding in the
/// table, so every Encoding a program can hold is UTF-8 and the helpers need no receiver. As in .NET, a lone
/// surrogate encodes as U+FFFD and each ill-formed byte sequence decodes as one U+FFFD.
/// </summary>
internal static class EncodingReplacements
{
    private const string Encoding = "System.Text.Encoding";

    public static void Register(ReplacementTable table)
    {
        table.Add($"P:{Encoding}.UTF8", _ => new JsStringLiteral("utf-8"));
        table.Add($"M:{Encoding}.GetBytes(System.String)", call => call.Helper("utf8Encode_", call.Arg(0)));
        table.Add($"M:{Encoding}.GetString(System.Byte[])", call => call.Helper("utf8Decode_", call.Arg(0)));
        table.Add($"M:{Encoding}.GetByteCount(System.String)", call => new JsMember(call.Helper("utf8Encode_", call.Arg(0)), "length"));
    }
}
