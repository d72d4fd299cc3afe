using System.Text;

namespace AppsScript.Compiler.Semantics;

/// <summary>
/// C# names to JavaScript names. camelCase follows Newtonsoft's CamelCaseNamingStrategy and snake_case its
/// SnakeCaseNamingStrategy, so a JSON key computed here is the key Newtonsoft writes.
/// </summary>
public static class NamingConvention
{
    public static string ToCamelCase(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0])) return name;
        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 1 && !char.IsUpper(chars[i])) break;
            var hasNext = i + 1 < chars.Length;
            if (i > 0 && hasNext && !char.IsUpper(chars[i + 1]))
            {
                if (char.IsSeparator(chars[i + 1])) chars[i] = char.ToLowerInvariant(chars[i]);
                break;
            }
            chars[i] = char.ToLowerInvariant(chars[i]);
        }
        return new string(chars);
    }

    /// <summary>
    /// The one suffix scheme for names that would collide in the script: the first keeps the name, the n-th is
    /// <c>name_n</c> (constructors <c>Point</c>, <c>Point_2</c>; overloads <c>format</c>, <c>format_2</c>, in declaration order).
    /// </summary>
    public static string Numbered(string name, int number) => number <= 1 ? name : name + "_" + number;

    public static string ToSnakeCase(string name) => ToSeparatedCase(name, '_');

    public static string ToKebabCase(string name) => ToSeparatedCase(name, '-');

    private enum State { Start, Lower, Upper, NewWord }

    private static string ToSeparatedCase(string name, char separator)
    {
        var builder = new StringBuilder();
        var state = State.Start;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == ' ')
            {
                if (state != State.Start) state = State.NewWord;
                continue;
            }
            if (char.IsUpper(c))
            {
                switch (state)
                {
                    case State.Upper:
                        var hasNext = i + 1 < name.Length;
                        if (i > 0 && hasNext)
                        {
                            var next = name[i + 1];
                            if (!char.IsUpper(next) && next != separator) builder.Append(separator);
                        }
                        break;
                    case State.Lower:
                    case State.NewWord:
                        builder.Append(separator);
                        break;
                }
                builder.Append(char.ToLowerInvariant(c));
                state = State.Upper;
                continue;
            }
            if (c == separator)
            {
                builder.Append(separator);
                state = State.Start;
                continue;
            }
            if (state == State.NewWord) builder.Append(separator);
            builder.Append(c);
            state = State.Lower;
        }
        return builder.ToString();
    }
}
