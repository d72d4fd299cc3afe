using System;
using System.Linq;

namespace AppsScript.Compiler.Tests.Fuzzing;

/// <summary>
/// Dictionaries whose keys are not ordinal strings, read back as text, counts and tests: keyed by int, long, char,
/// bool, double (NaN and -0.0 among them), DayOfWeek, tuples and anonymous types (through GroupBy and ToDictionary),
/// built and changed by Aggregate so that removals free slots that later keys take, and case-insensitive string
/// dictionaries and sets (StringComparer.OrdinalIgnoreCase). Printing a dictionary prints its pairs in order, so
/// every order and key string is compared. A missing key's indexer and a repeated Add throw: not in total code. No
/// value sums ints, which .NET checks and JavaScript does not (the README's first difference). Dictionaries of
/// integer, char, bool and enum keys go through JSON too: written and read back, and read from text whose property
/// names take the forms Newtonsoft converts (padding, signs, leading zeros, any case, enum numbers and lists).
/// </summary>
internal sealed class KeyedDictionaryExpressions
{
    private readonly CaseContext _c;

    public KeyedDictionaryExpressions(CaseContext context) => _c = context;

    private FuzzRandom R => _c.Random;

    private string Ints(int depth) => _c.Of(FuzzType.ListOf(FuzzType.Int), depth - 1).Code;

    private string Int(int depth) => _c.Of(FuzzType.Int, depth - 1).Code;

    private string Text(int depth) => StringExpressions.NonNull(_c.Strings.String(depth - 1)).Code;

    /// <summary>Non-null strings, so that no key is null (a programmer error JavaScript does not throw for).</summary>
    private string Words(int depth)
    {
        var word = _c.Fresh("w");
        return $"{_c.Of(FuzzType.ListOf(FuzzType.String), depth - 1)}.Where({word} => {word} != null)";
    }

    /// <summary>A dictionary expression of some key type, and that key type; its lambdas' parameters are fresh names.</summary>
    private (string Code, string Key) Dictionary(int depth)
    {
        var ints = Ints(depth);
        var (x, g, d) = (_c.Fresh("x"), _c.Fresh("g"), _c.Fresh("d"));
        var byGroup = $"ToDictionary({g} => {g}.Key, {g} => {g}.Count())";
        return R.Next(10) switch
        {
            0 => ($"{ints}.GroupBy({x} => {x} % 5).{byGroup}", "int"),
            1 => ($"{ints}.Aggregate(new Dictionary<int, int>(), ({d}, {x}) => {{ if (!{d}.Remove({x} % 4)) {d}[{x} % 7] = {x}; return {d}; }})", "int"),
            2 => ($"{ints}.Aggregate(new Dictionary<long, string>(), ({d}, {x}) => {{ {d}.Remove({x} % 3 * 3000000000L); {d}.TryAdd({x} % 1000 * 3000000000L, \"v\" + {x}); return {d}; }})", "long"),
            3 => ($"{Text(depth)}.GroupBy({x} => {x}).{byGroup}", "char"),
            4 => ($"{ints}.GroupBy({x} => {x} > {Int(depth)}).ToDictionary({g} => {g}.Key, {g} => {g}.Min())", "bool"),
            5 => ($"{_c.Of(FuzzType.ListOf(FuzzType.Double), depth - 1)}.GroupBy({x} => {x}).{byGroup}", "double"),
            6 => ($"{ints}.GroupBy({x} => (DayOfWeek)((({x} % 7) + 7) % 7)).ToDictionary({g} => {g}.Key, {g} => {g}.Max())", "DayOfWeek"),
            7 => ($"{ints}.GroupBy({x} => ({x} % 2 == 0 ? \"even\" : \"odd\", {x} % 3)).{byGroup}", "(string, int)"),
            8 => ($"{ints}.GroupBy({x} => new {{ Small = {x} < 10, Last = {x} % 10 }}).ToDictionary({g} => {g}.Key, {g} => {g}.First())", "anonymous"),
            _ => ($"{Words(depth)}.Aggregate(new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase), ({d}, {x}) => {{ if ({x}.Length % 3 == 1) {d}.Remove({x}); else {d}[{x}] = {d}.GetValueOrDefault({x}) + 1; return {d}; }})", "string"),
        };
    }

    public Expr? StringFrom(int depth)
    {
        if (depth <= 0) return null;
        var (dictionary, key) = Dictionary(depth);
        return R.Next(_c.Total ? 3 : 5) switch
        {
            0 when _c.Deserializing && Json(key) is { } type => new Expr($"JsonConvert.SerializeObject(JsonConvert.DeserializeObject<{type}>(JsonConvert.SerializeObject({dictionary})))", FuzzType.String, Facts.Sized(Limits.MaxString)),
            1 when _c.JsonText && Json(key) is { } type => new Expr($"string.Join(\", \", JsonConvert.DeserializeObject<{type}>({Literal.String(Text(key))})!)", FuzzType.String, Facts.Sized(Limits.MaxString)),
            0 => new Expr($"string.Join(\", \", {dictionary})", FuzzType.String, Facts.Sized(Limits.MaxString)),
            1 => new Expr($"string.Join(\",\", {dictionary}.Keys)", FuzzType.String, Facts.Sized(Limits.MaxString)),
            2 => new Expr($"string.Join(\",\", new HashSet<string>({Words(depth)}, StringComparer.OrdinalIgnoreCase))", FuzzType.String, Facts.Sized(Limits.MaxString)),
            3 => new Expr($"{dictionary}.First().ToString()", FuzzType.String, Facts.Sized(Limits.MaxString)),
            _ => key == "int"
                ? new Expr($"{dictionary}[{Int(depth)}].ToString()", FuzzType.String, Facts.Sized(20))
                : new Expr($"new Dictionary<int, string> {{ {{ 1, \"a\" }}, {{ {Int(depth)}, \"b\" }} }}.Count.ToString()", FuzzType.String, Facts.Sized(2)),
        };
    }

    /// <summary>The type of <see cref="Dictionary"/>'s dictionaries of the key, where JSON writes and reads its keys.</summary>
    private static string? Json(string key) => key switch
    {
        "int" or "char" or "bool" or "DayOfWeek" => $"Dictionary<{key}, int>",
        "long" => "Dictionary<long, string>",
        _ => null,
    };

    /// <summary>JSON text of a dictionary of the key, whose property names Newtonsoft converts, some to one key twice.</summary>
    private string Text(string key)
    {
        string[] names = key switch
        {
            "int" => new[] { "1", " 2", "-3", "+4", "007", "2147483647", "1 " },
            "long" => new[] { "3000000000", "-9007199254740991", " 5 ", "0" },
            "char" => new[] { "a", "\u00e9", " ", "\"", "A" },
            "bool" => new[] { "true", "False", " TRUE ", "false" },
            _ => new[] { "Monday", "sunday", "3", "Friday, Monday", " tuesday ", "-1" },
        };
        var value = key == "long" ? (Func<int, string>)(i => Newtonsoft.Json.JsonConvert.ToString("v" + i)) : i => i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var entries = Enumerable.Range(0, R.Between(0, 5)).Select(i => $"{Newtonsoft.Json.JsonConvert.ToString(R.Pick(names))}:{value(i)}");
        return "{" + string.Join(",", entries) + "}";
    }

    public Expr? IntFrom(int depth)
    {
        if (depth <= 0) return null;
        var (dictionary, key) = Dictionary(depth);
        return R.Next(3) switch
        {
            0 => new Expr($"({dictionary}.Count)", FuzzType.Int, Facts.Integer(0, Limits.MaxString)),
            1 when key == "int" => new Expr($"({dictionary}.GetValueOrDefault({Int(depth)}, -1))", FuzzType.Int, Facts.Of(FuzzType.Int)),
            _ => new Expr($"(new HashSet<string>({Words(depth)}, StringComparer.OrdinalIgnoreCase).Count)", FuzzType.Int, Facts.Integer(0, Limits.MaxCollection)),
        };
    }

    public Expr? BoolFrom(int depth)
    {
        if (depth <= 0) return null;
        var (dictionary, key) = Dictionary(depth);
        var named = _c.Fresh("d");
        return R.Next(4) switch
        {
            0 when key == "int" => new Expr($"({dictionary}.ContainsKey({Int(depth)}))", FuzzType.Bool, Facts.Unknown),
            1 when key == "string" => new Expr($"({dictionary}.ContainsKey({Text(depth)}.ToUpperInvariant()))", FuzzType.Bool, Facts.Unknown),
            2 => new Expr($"(new HashSet<string>({Words(depth)}, StringComparer.OrdinalIgnoreCase).Contains({Text(depth)}))", FuzzType.Bool, Facts.Unknown),
            // The dictionary's code written once, as it may declare an out variable, and declaring none, as other
            // generators may write this expression twice in one scope.
            _ => new Expr($"new[] {{ {dictionary} }}.All({named} => {named}.Keys.Count() == {named}.Values.Count())", FuzzType.Bool, Facts.Unknown),
        };
    }
}
