using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace AppsScript.Compiler.Replacements;

/// <summary>A .NET pattern as JavaScript: its source, and for each .NET group number its JavaScript group index and name.</summary>
internal sealed record RegexTranslation(string Source, IReadOnlyList<int> GroupIndexes, IReadOnlyList<string> GroupNames)
{
    /// <summary>Whether .NET's group numbers are JavaScript's and every name is the number: no named groups.</summary>
    public bool NumbersAsWritten => GroupIndexes.Select((index, number) => index == number).All(same => same)
        && GroupNames.Select((name, number) => name == number.ToString(CultureInfo.InvariantCulture)).All(same => same);
}

/// <summary>Why a pattern cannot be translated; the translator's caller reports it as GAS2010.</summary>
internal sealed class RegexRefusal : Exception
{
    public RegexRefusal(string reason) : base(reason) { }
}

/// <summary>
/// Translates a .NET regular expression to a JavaScript RegExp source (used without flags but <c>g</c>) that
/// matches the same text at the same places, or refuses it. Every set of characters (classes, escapes, <c>.</c>,
/// letters under IgnoreCase) becomes the exact class .NET matches (<see cref="RegexCharacterSets"/>); anchors
/// become lookarounds with .NET's meaning (<c>$</c> also before a final newline); named groups become plain
/// groups, with .NET's numbering (unnamed groups first) kept in a table. Refused: what JavaScript's engine does
/// differently or lacks: atomic groups, conditionals, balancing groups, <c>\G</c>, backreferences (an unset group
/// matches empty in JavaScript and fails in .NET), a captured group repeated inside a loop or an optional part that
/// may match empty around a capture (JavaScript resets or skips what .NET keeps), a loop whose body can match empty
/// (.NET stops at an empty iteration, JavaScript backtracks), and the options with no equivalent.
/// </summary>
internal sealed class RegexTranslator
{
    private const RegexOptions Supported = RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.Singleline
        | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private readonly string _pattern;
    private readonly StringBuilder _out = new();
    private readonly List<string?> _groups = new();
    private RegexOptions _options;
    private int _at;

    private RegexTranslator(string pattern, RegexOptions options)
    {
        _pattern = pattern;
        _options = options;
    }

    /// <summary>What the parts of a pattern are, for the checks on loops: whether one can match empty and whether it captures.</summary>
    private readonly record struct Part(bool CanBeEmpty, bool Captures, bool IsCaptureGroup, bool IsZeroWidth);

    public static RegexTranslation Translate(string pattern, RegexOptions options)
    {
        var unsupported = options & ~Supported;
        if (unsupported != 0) throw new RegexRefusal($"the option RegexOptions.{unsupported} is not supported");
        try
        {
            _ = new Regex(pattern, options);
        }
        catch (ArgumentException e)
        {
            throw new RegexRefusal(".NET rejects it: " + e.Message);
        }
        var translator = new RegexTranslator(pattern, options);
        translator.Alternation();
        return translator.Result();
    }

    private RegexTranslation Result()
    {
        var unnamed = _groups.Select((name, index) => (name, index: index + 1)).Where(g => g.name is null).ToList();
        var named = _groups.Select((name, index) => (name, index: index + 1)).Where(g => g.name is not null).ToList();
        var indexes = new List<int> { 0 };
        var names = new List<string> { "0" };
        foreach (var (_, index) in unnamed)
        {
            indexes.Add(index);
            names.Add(indexes.Count - 1 + "");
        }
        foreach (var (name, index) in named)
        {
            indexes.Add(index);
            names.Add(name!);
        }
        return new RegexTranslation(_out.ToString(), indexes, names);
    }

    private bool AtEnd => _at >= _pattern.Length;

    private char Peek => _pattern[_at];

    private bool Next(string text)
    {
        if (string.CompareOrdinal(_pattern, _at, text, 0, text.Length) != 0) return false;
        _at += text.Length;
        return true;
    }

    private Part Alternation()
    {
        var result = Sequence();
        while (!AtEnd && Peek == '|')
        {
            _at++;
            _out.Append('|');
            var next = Sequence();
            result = new Part(result.CanBeEmpty || next.CanBeEmpty, result.Captures || next.Captures, false, false);
        }
        return result;
    }

    private Part Sequence()
    {
        var canBeEmpty = true;
        var captures = false;
        var parts = 0;
        Part last = default;
        while (!AtEnd && Peek != '|' && Peek != ')')
        {
            if (Quantified() is not { } part) continue;
            canBeEmpty &= part.CanBeEmpty;
            captures |= part.Captures;
            parts++;
            last = part;
        }
        return parts == 1 ? last : new Part(canBeEmpty, captures, false, false);
    }

    /// <summary>An atom and the quantifier after it; null for what emits nothing (a comment, inline options).</summary>
    private Part? Quantified()
    {
        if (Atom() is not { } atom) return null;
        var start = _at;
        if (!Quantifier(out var min, out var max)) return atom;
        if (atom.IsZeroWidth) throw new RegexRefusal("a quantified anchor or lookaround");
        if (atom.CanBeEmpty && max > 1)
        {
            throw new RegexRefusal("a repeated part that can match empty (.NET ends the loop at an empty iteration, where JavaScript rejects it and tries another way)");
        }
        if (atom.Captures && atom.CanBeEmpty) throw new RegexRefusal("a quantified group that captures and may match empty (JavaScript skips an empty iteration that .NET records)");
        if (atom.Captures && max > 1 && !atom.IsCaptureGroup)
        {
            throw new RegexRefusal("a capturing group inside a repeated group (JavaScript clears it at each iteration where .NET keeps the last capture)");
        }
        _out.Append(_pattern, start, _at - start);
        return atom with { CanBeEmpty = atom.CanBeEmpty || min == 0, IsCaptureGroup = false };
    }

    private bool Quantifier(out int min, out int max)
    {
        min = max = 1;
        if (AtEnd) return false;
        switch (Peek)
        {
            case '*': (min, max) = (0, int.MaxValue); _at++; break;
            case '+': (min, max) = (1, int.MaxValue); _at++; break;
            case '?': (min, max) = (0, 1); _at++; break;
            case '{':
                var match = Regex.Match(_pattern[_at..], @"\A\{([0-9]+)(,([0-9]*))?\}");
                if (!match.Success) return false;
                min = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                max = !match.Groups[2].Success ? min : match.Groups[3].Value.Length == 0 ? int.MaxValue : int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
                _at += match.Length;
                break;
            default:
                return false;
        }
        if (!AtEnd && Peek == '?') _at++;
        return true;
    }

    private Part? Atom()
    {
        var c = Peek;
        switch (c)
        {
            case '(':
                return Group();
            case '[':
                return Set(ClassText());
            case '.':
                _at++;
                return Set(".");
            case '^':
                _at++;
                _out.Append(_options.HasFlag(RegexOptions.Multiline) ? @"(?<![^\n])" : "^");
                return ZeroWidth;
            case '$':
                _at++;
                _out.Append(_options.HasFlag(RegexOptions.Multiline) ? @"(?![^\n])" : @"(?=\n?$)");
                return ZeroWidth;
            case '\\':
                return Escape();
            default:
                _at++;
                return Literal(c);
        }
    }

    private static Part ZeroWidth => new(true, false, false, true);

    private Part Set(string atom)
    {
        _out.Append(RegexCharacterSets.ToJavaScript(RegexCharacterSets.Of(atom, _options)));
        return new Part(false, false, false, false);
    }

    private Part Literal(char c) => _options.HasFlag(RegexOptions.IgnoreCase) ? Set(UnitEscape(c)) : Append(RegexCharacterSets.Literal(c));

    private Part Append(string javaScript)
    {
        _out.Append(javaScript);
        return new Part(false, false, false, false);
    }

    private static string UnitEscape(char c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture);

    /// <summary>The text of a character class, as written, through its closing bracket; subtraction is refused.</summary>
    private string ClassText()
    {
        var start = _at;
        _at++;
        if (Peek == '^') _at++;
        var first = true;
        while (Peek != ']' || first)
        {
            first = false;
            if (Next("-[")) throw new RegexRefusal("character class subtraction");
            if (Peek == '\\')
            {
                _at++;
                if ((Peek == 'p' || Peek == 'P') && _pattern.IndexOf('}', _at) is var close and > 0) _at = close;
            }
            _at++;
        }
        _at++;
        return _pattern[start.._at];
    }

    private Part? Group()
    {
        _at++;
        string? opening;
        var captures = false;
        string? name = null;
        if (Next("?:")) opening = "(?:";
        else if (Next("?=")) opening = "(?=";
        else if (Next("?!")) opening = "(?!";
        else if (Next("?<=")) opening = "(?<=";
        else if (Next("?<!")) opening = "(?<!";
        else if (Next("?>")) throw new RegexRefusal("an atomic group (?>...)");
        else if (Next("?#"))
        {
            _at = _pattern.IndexOf(')', _at) + 1;
            return null;
        }
        else if (Next("?("))
        {
            throw new RegexRefusal("a conditional (?(...)...)");
        }
        else if (Peek == '?' && _at + 1 < _pattern.Length && _pattern[_at + 1] is '<' or '\'')
        {
            var close = _pattern[_at + 1] == '<' ? '>' : '\'';
            var end = _pattern.IndexOf(close, _at + 2);
            name = _pattern[(_at + 2)..end];
            if (name.Contains('-')) throw new RegexRefusal("a balancing group (?<" + name + ">...)");
            if (char.IsDigit(name[0])) throw new RegexRefusal("a group with a number for a name");
            if (_groups.Contains(name)) throw new RegexRefusal("two groups named '" + name + "'");
            _at = end + 1;
            opening = "(";
            captures = true;
        }
        else if (Peek == '?')
        {
            return InlineOptions();
        }
        else
        {
            opening = "(";
            captures = true;
        }
        if (captures) _groups.Add(name);
        _out.Append(opening);
        var saved = _options;
        var inner = Alternation();
        _options = saved;
        _at++;
        _out.Append(')');
        var lookaround = opening.StartsWith("(?=", StringComparison.Ordinal) || opening.StartsWith("(?!", StringComparison.Ordinal) || opening.StartsWith("(?<", StringComparison.Ordinal);
        return lookaround
            ? new Part(true, inner.Captures, false, true)
            : new Part(inner.CanBeEmpty, inner.Captures || captures, captures && !inner.Captures, false);
    }

    /// <summary><c>(?imsx-imsx)</c> for the rest of the enclosing group, or <c>(?imsx-imsx:...)</c> for its own: only i, m and s, which change how the rest is translated.</summary>
    private Part? InlineOptions()
    {
        var match = Regex.Match(_pattern[_at..], @"\A\?([a-zA-Z]*)(?:-([a-zA-Z]*))?([:)])");
        var on = Options(match.Groups[1].Value);
        var off = Options(match.Groups[2].Value);
        _at += match.Length;
        var changed = (_options | on) & ~off;
        if (match.Groups[3].Value == ")")
        {
            _options = changed;
            return null;
        }
        var saved = _options;
        _options = changed;
        _out.Append("(?:");
        var inner = Alternation();
        _options = saved;
        _at++;
        _out.Append(')');
        return new Part(inner.CanBeEmpty, inner.Captures, false, false);
    }

    private static RegexOptions Options(string letters)
    {
        var options = RegexOptions.None;
        foreach (var letter in letters)
        {
            options |= char.ToLowerInvariant(letter) switch
            {
                'i' => RegexOptions.IgnoreCase,
                'm' => RegexOptions.Multiline,
                's' => RegexOptions.Singleline,
                _ => throw new RegexRefusal($"the inline option '{letter}'"),
            };
        }
        return options;
    }

    private Part Escape()
    {
        _at++;
        var c = Peek;
        _at++;
        switch (c)
        {
            case 'd' or 'D' or 'w' or 'W' or 's' or 'S':
                return Set("\\" + c);
            case 'p' or 'P':
                var close = _pattern.IndexOf('}', _at);
                var atom = _pattern[(_at - 2)..(close + 1)];
                _at = close + 1;
                return Set(atom);
            case 'b' or 'B':
                _out.Append('\\').Append(c);
                return ZeroWidth;
            case 'A':
                _out.Append('^');
                return ZeroWidth;
            case 'z':
                _out.Append('$');
                return ZeroWidth;
            case 'Z':
                _out.Append(@"(?=\n?$)");
                return ZeroWidth;
            case 'G':
                throw new RegexRefusal(@"\G (JavaScript has no anchor at the end of the previous match)");
            case 'k' or (>= '1' and <= '9'):
                throw new RegexRefusal("a backreference (JavaScript matches a reference to an unset group as empty, where .NET fails)");
            default:
                return Literal(EscapedUnit(c));
        }
    }

    /// <summary>The code unit a character escape stands for (<c>\t</c>, <c>\x41</c>, <c>\u00e9</c>, <c>\cA</c>, <c>\0</c> octal), or the escaped character itself.</summary>
    private char EscapedUnit(char c)
    {
        switch (c)
        {
            case 't': return '\t';
            case 'n': return '\n';
            case 'r': return '\r';
            case 'f': return '\f';
            case 'v': return '\v';
            case 'e': return '\u001b';
            case 'a': return '\a';
            case 'x': return Hex(2);
            case 'u': return Hex(4);
            case 'c':
                return (char)(char.ToUpperInvariant(_pattern[_at++]) - '@');
            case '0':
                var value = 0;
                for (var digits = 0; digits < 2 && !AtEnd && Peek is >= '0' and <= '7'; digits++) value = value * 8 + (_pattern[_at++] - '0');
                return (char)value;
            default:
                return c;
        }
    }

    private char Hex(int digits)
    {
        var value = int.Parse(_pattern.Substring(_at, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        _at += digits;
        return (char)value;
    }
}
