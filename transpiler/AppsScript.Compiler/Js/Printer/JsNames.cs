using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace AppsScript.Compiler.Js.Printer;

/// <summary>JavaScript identifier rules: what may be written bare and which names are reserved.</summary>
public static class JsNames
{
    /// <summary>Words that cannot name a binding in strict-mode script code (class bodies are strict).</summary>
    public static readonly ImmutableHashSet<string> ReservedWords =
    [
        "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do",
        "else", "enum", "export", "extends", "false", "finally", "for", "function", "if", "implements", "import",
        "in", "instanceof", "interface", "let", "new", "null", "package", "private", "protected", "public",
        "return", "static", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while",
        "with", "yield", "arguments", "eval", "undefined", "NaN", "Infinity",
    ];

    /// <summary>True when the text can be written as a bare property name (reserved words included).</summary>
    public static bool IsIdentifierName(string text)
    {
        if (text.Length == 0) return false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = c == '$' || c == '_' || char.IsLetter(c) || (i > 0 && IsIdentifierPart(c));
            if (!ok) return false;
        }
        return true;
    }

    /// <summary>True when the text can name a variable, function or class.</summary>
    public static bool IsBindingIdentifier(string text) => IsIdentifierName(text) && !ReservedWords.Contains(text);

    private static bool IsIdentifierPart(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation;
}
