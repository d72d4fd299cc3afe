using System.Collections.Generic;
using System.Linq;
using System.Text;
using AppsScript.Compiler.Semantics;

namespace AppsScript.Interop.Generator.Bindings;

/// <summary>C# names for the typings' names, and whether the compiler's camelCase of them gives the JavaScript name back.</summary>
internal static class CSharpNames
{
    private static readonly HashSet<string> Keywords = new()
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue", "decimal",
        "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally", "fixed", "float", "for",
        "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock", "long", "namespace", "new", "null",
        "object", "operator", "out", "override", "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte",
        "sealed", "short", "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>A member's C# name: the JavaScript name with its first letter upper case, characters C# does not allow dropped.</summary>
    public static string Member(string jsName)
    {
        var builder = new StringBuilder();
        var upper = true;
        foreach (var c in jsName)
        {
            if (!char.IsLetterOrDigit(c) && c != '_')
            {
                upper = true;
                continue;
            }
            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        if (builder.Length == 0 || char.IsDigit(builder[0])) builder.Insert(0, '_');
        return builder.ToString();
    }

    /// <summary>Whether the compiler's default (camelCase of the C# name) is the JavaScript name, so no [Name] is needed.</summary>
    public static bool LowersTo(string csharpName, string jsName) => NamingConvention.ToCamelCase(csharpName) == jsName;

    /// <summary>A name usable as a C# identifier as written: a keyword gets an <c>@</c>.</summary>
    public static string Identifier(string name)
    {
        var clean = new string(name.Where(c => char.IsLetterOrDigit(c) || c == '_').ToArray());
        if (clean.Length == 0 || char.IsDigit(clean[0])) clean = "_" + clean;
        return Keywords.Contains(clean) ? "@" + clean : clean;
    }
}
