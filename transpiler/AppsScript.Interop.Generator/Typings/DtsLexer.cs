using System.Collections.Generic;
using System.Text;

namespace AppsScript.Interop.Generator.Typings;

/// <summary>Splits a .d.ts file into tokens, keeping the comment before each token as its documentation.</summary>
internal static class DtsLexer
{
    private const string Punctuators = "=>|&?:;,.{}()[]<>*";

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var line = 1;
        string? doc = null;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n') line++;
            if (char.IsWhiteSpace(c))
            {
                // A blank line parts a comment from what follows: it documents nothing.
                if (c == '\n' && doc is not null && BlankLineFollows(text, i)) doc = null;
                i++;
                continue;
            }
            if (c == '/' && At(text, i + 1) == '*')
            {
                var end = text.IndexOf("*/", i + 2, System.StringComparison.Ordinal);
                var body = text[(i + 2)..end];
                line += Count(body, '\n');
                doc = body.StartsWith('*') ? body[1..] : null;
                i = end + 2;
                continue;
            }
            if (c == '/' && At(text, i + 1) == '/')
            {
                var end = text.IndexOf('\n', i);
                if (end < 0) end = text.Length;
                var comment = text[(i + 2)..end];
                // Triple-slash directives are references, not documentation.
                if (!comment.StartsWith('/')) doc = doc is not null && IsLineDoc(doc) ? doc + "\n" + comment : "//" + comment;
                i = end;
                continue;
            }
            var start = i;
            if (char.IsLetter(c) || c is '_' or '$')
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '$')) i++;
                tokens.Add(new Token(TokenKind.Identifier, text[start..i], Take(ref doc), line));
            }
            else if (char.IsDigit(c) || (c == '-' && char.IsDigit(At(text, i + 1))))
            {
                i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '.')) i++;
                tokens.Add(new Token(TokenKind.Number, text[start..i], Take(ref doc), line));
            }
            else if (c is '"' or '\'' or '`')
            {
                var value = new StringBuilder();
                i++;
                while (text[i] != c)
                {
                    if (text[i] == '\\') i++;
                    value.Append(text[i]);
                    i++;
                }
                i++;
                tokens.Add(new Token(TokenKind.String, value.ToString(), Take(ref doc), line));
            }
            else if (c == '.' && At(text, i + 1) == '.' && At(text, i + 2) == '.')
            {
                i += 3;
                tokens.Add(new Token(TokenKind.Punctuation, "...", Take(ref doc), line));
            }
            else if (c == '=' && At(text, i + 1) == '>')
            {
                i += 2;
                tokens.Add(new Token(TokenKind.Punctuation, "=>", Take(ref doc), line));
            }
            else if (Punctuators.Contains(c))
            {
                i++;
                tokens.Add(new Token(TokenKind.Punctuation, c.ToString(), Take(ref doc), line));
            }
            else
            {
                throw new TypingsException($"line {line}: unexpected character '{c}'");
            }
        }
        tokens.Add(new Token(TokenKind.End, "", null, line));
        return tokens;
    }

    private static bool IsLineDoc(string doc) => doc.StartsWith("//", System.StringComparison.Ordinal);

    private static string? Take(ref string? doc)
    {
        var taken = doc is not null && IsLineDoc(doc) ? doc[2..] : doc;
        doc = null;
        return taken;
    }

    private static bool BlankLineFollows(string text, int newline)
    {
        for (var i = newline + 1; i < text.Length && text[i] != '\n'; i++)
        {
            if (!char.IsWhiteSpace(text[i])) return false;
        }
        return true;
    }

    private static char At(string text, int i) => i < text.Length ? text[i] : '\0';

    private static int Count(string text, char c)
    {
        var n = 0;
        foreach (var x in text) if (x == c) n++;
        return n;
    }
}
