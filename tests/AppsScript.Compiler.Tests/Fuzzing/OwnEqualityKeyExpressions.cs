namespace AppsScript.Compiler.Tests.Fuzzing;

/// <summary>
/// Dictionaries, sets and LINQ keyed by a class with its own Equals and GetHashCode (through IEquatable&lt;T&gt; or an
/// Equals(object) override), or given an IEqualityComparer&lt;int&gt; of the case: keys equal modulo a small number,
/// hash codes that collide (a constant, a parity) or not, and a static count of the calls of Equals and
/// GetHashCode, its last 40 characters printed with the result, so that the number and order of the calls .NET makes are compared too.
/// Built by Aggregate with removals and growth, so that freed slots, chains and table sizes all matter.
/// </summary>
internal sealed class OwnEqualityKeyExpressions
{
    private readonly CaseContext _c;
    private string? _key;
    private string? _comparer;

    public OwnEqualityKeyExpressions(CaseContext context) => _c = context;

    private FuzzRandom R => _c.Random;

    private string Ints(int depth) => _c.Of(FuzzType.ListOf(FuzzType.Int), depth - 1).Code;

    private string Int(int depth) => _c.Of(FuzzType.Int, depth - 1).Code;

    private string Hash(string n) => R.Next(4) switch
    {
        0 => "7",
        1 => $"{n} % 2",
        2 => $"{n} % 3",
        _ => $"{n} % 5 * 1000003",
    };

    /// <summary>The key class of the case: its N compared modulo 5, with one of the hash codes.</summary>
    private string Key()
    {
        if (_key is not null) return _key;
        _key = _c.FreshType("Key");
        var equals = R.Chance(50)
            ? $"public bool Equals({_key}? other) {{ Calls += \"e\" + N; return other is not null && other.N % 5 == N % 5; }}"
            : $"public override bool Equals(object? other) {{ Calls += \"e\" + N; return other is {_key} key && key.N % 5 == N % 5; }}";
        _c.Declarations.Add($$"""
            public class {{_key}}{{(equals.Contains("object?") ? "" : $" : IEquatable<{_key}>")}}
            {
                public static string Calls = "";
                public static string Reset() { Calls = ""; return ""; }
                public static string Tail() => Calls.Length > 40 ? Calls.Substring(Calls.Length - 40) : Calls;
                public {{_key}}(int n) { N = n; }
                public int N { get; }
                {{equals}}
                public override int GetHashCode() { Calls += "h" + N; return {{Hash("N")}}; }
                public override string ToString() => "k" + N;
            }
            """);
        return _key;
    }

    /// <summary>The comparer class of the case: ints equal modulo 4.</summary>
    private string Comparer()
    {
        if (_comparer is not null) return _comparer;
        _comparer = _c.FreshType("Modulo");
        _c.Declarations.Add($$"""
            public class {{_comparer}} : IEqualityComparer<int>
            {
                public static string Calls = "";
                public static string Reset() { Calls = ""; return ""; }
                public static string Tail() => Calls.Length > 40 ? Calls.Substring(Calls.Length - 40) : Calls;
                public bool Equals(int a, int b) { Calls += "e" + a + "~" + b; return a % 4 == b % 4; }
                public int GetHashCode(int n) { Calls += "h" + n; return {{Hash("n")}}; }
            }
            """);
        return _comparer;
    }

    /// <summary>A dictionary or set, its text as listed, and the class whose calls it counts.</summary>
    private (string Text, string Counted) Collection(int depth)
    {
        var ints = Ints(depth);
        var (x, d, g) = (_c.Fresh("x"), _c.Fresh("d"), _c.Fresh("g"));
        var key = Key();
        return R.Next(8) switch
        {
            0 => ($"string.Join(\",\", {ints}.Aggregate(new Dictionary<{key}, int>(), ({d}, {x}) => {{ if (!{d}.Remove(new {key}({x} % 3))) {d}[new {key}({x})] = {x}; return {d}; }}))", key),
            1 => ($"string.Join(\",\", {ints}.Aggregate(new HashSet<{key}>(), ({d}, {x}) => {{ if ({x} % 3 == 0) {d}.Remove(new {key}({x})); else {d}.Add(new {key}({x})); return {d}; }}))", key),
            2 => ($"string.Join(\",\", {ints}.Select({x} => new {key}({x})).Distinct())", key),
            3 => ($"string.Join(\";\", {ints}.GroupBy({x} => new {key}({x})).Select({g} => {g}.Key + \":\" + {g}.Count()))", key),
            4 => ($"{ints}.Select({x} => new {key}({x})).ToList().IndexOf(new {key}({Int(depth)})).ToString()", key),
            // .NET 9 answers Except of an empty array at once, without hashing the second sequence: never empty here.
            5 => ($"string.Join(\",\", {ints}.Select({x} => new {key}({x})).Append(new {key}(0)).Except(new[] {{ new {key}({Int(depth)}) }}))", key),
            6 => ($"string.Join(\",\", {ints}.Aggregate(new Dictionary<int, int>(new {Comparer()}()), ({d}, {x}) => {{ if (!{d}.TryAdd({x}, 1)) {d}.Remove({x} + 1); return {d}; }}))", Comparer()),
            _ => ($"string.Join(\",\", new HashSet<int>({ints}, new {Comparer()}()))", Comparer()),
        };
    }

    public Expr? StringFrom(int depth)
    {
        if (depth <= 0) return null;
        var (text, counted) = Collection(depth);
        return new Expr($"({counted}.Reset() + {text} + \"|\" + {counted}.Tail())", FuzzType.String, Facts.Sized(Limits.MaxString));
    }
}
