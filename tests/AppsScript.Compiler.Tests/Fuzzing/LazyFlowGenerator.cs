using System;
using System.Collections.Generic;
using System.Linq;

namespace AppsScript.Compiler.Tests.Fuzzing;

/// <summary>
/// Sequences typed IEnumerable&lt;int&gt; passed around a program with iterators: through a parameter, a return, a
/// field and the property reading it, and a reassigned local, given lists and arrays and, in half of the cases, an
/// iterator's sequence (or a LINQ chain over one) too. Where no iterator's sequence reaches them, the helpers read
/// them with the members that run eagerly (OrderBy, Distinct, Reverse, GroupBy, Aggregate, JSON, …), which the
/// compiler must accept, as the program's flows show them to be arrays; where one does, with the streaming members, whose
/// printed lines show the iterator running at .NET's moments.
/// </summary>
internal sealed class LazyFlowGenerator
{
    private readonly CaseContext _c;

    public LazyFlowGenerator(CaseContext context) => _c = context;

    private FuzzRandom R => _c.Random;

    public List<string> Snippet()
    {
        var lazy = R.Chance(50);
        var type = Declare(lazy);
        var lines = new List<string>();
        var holder = _c.Fresh("holder");
        lines.Add($"var {holder} = new {type}({Given(type, lazy && R.Chance(50))});");
        for (var count = R.Between(1, 4); count > 0; count--)
        {
            var given = Given(type, lazy && R.Chance(50));
            lines.Add(R.Weighted<Func<string>>(
                (3, () => Guarded($"{type}.Read({given})")),
                (2, () => Guarded($"{type}.Read({type}.Pass({given}))")),
                (2, () => Guarded($"{holder}.Keep({given})")),
                (2, () => Guarded($"{type}.Read({holder}.Kept)")),
                (1, () => Reassigned(type, given)))());
        }
        lines.Add(Guarded($"{type}.Read({holder}.Kept)"));
        return lines;
    }

    private static string Guarded(string value) => $"try {{ Console.WriteLine({value}); }} catch (Exception e) {{ Fuzz.Report(e); }}";

    /// <summary>A local given a list first and the sequence afterwards, on a condition the program decides.</summary>
    private string Reassigned(string type, string given)
    {
        var local = _c.Fresh("sequence");
        return $"{{ IEnumerable<int> {local} = new List<int> {{ {Elements()} }}; if ({R.Pick("true", "false")}) {local} = {given}; {Guarded($"{type}.Read({local})")} }}";
    }

    /// <summary>A list, an array, an eager LINQ operator over one, or (where <paramref name="iterator"/>) the iterator's sequence or a streaming chain over it.</summary>
    private string Given(string type, bool iterator)
    {
        if (iterator)
        {
            var numbers = $"{type}.Numbers({R.Between(-3, 3)}, {R.Between(0, 4)})";
            return R.Weighted(
                (3, numbers),
                (1, $"{numbers}.Select({Lambda("*", 2)})"),
                (1, $"{numbers}.Where({Lambda("%", 2)} == 0)"));
        }
        return R.Weighted(
            (3, $"new List<int> {{ {Elements()} }}"),
            (2, $"new int[] {{ {Elements()} }}"),
            (1, "new int[0]"),
            (1, $"new List<int> {{ {Elements()} }}.Where({Lambda("%", 2)} != 0)"));
    }

    private string Lambda(string op, int operand)
    {
        var x = _c.Fresh("x");
        return $"{x} => {x} {op} {operand}";
    }

    private string Elements() => string.Join(", ", Enumerable.Range(0, R.Between(0, 5)).Select(_ => Literal.Int(R.Between(-3, 4))));

    private string Declare(bool lazy)
    {
        var type = _c.FreshType("Flows");
        _c.Declarations.Add($$"""
            public sealed class {{type}}
            {
                private IEnumerable<int> _kept;

                public {{type}}(IEnumerable<int> kept) => _kept = kept;

                public IEnumerable<int> Kept => _kept;

                public string Keep(IEnumerable<int> sequence)
                {
                    _kept = sequence;
                    return "kept";
                }

                public static IEnumerable<int> Pass(IEnumerable<int> sequence) => sequence;

                public static IEnumerable<int> Numbers(int start, int count)
                {
                    Console.WriteLine("Numbers(" + start + ", " + count + ") starts");
                    for (var i = 0; i < count; i++)
                    {
                        Console.WriteLine("Numbers yields " + (start + i));
                        yield return start + i;
                    }
                }

                public static string Read(IEnumerable<int> sequence)
                {
                    Console.WriteLine("Read");
                    return {{Read(lazy)}};
                }
            }
            """);
        return type;
    }

    /// <summary>What Read returns: members that stream over a sequence that may be an iterator's, else any member.</summary>
    private string Read(bool lazy)
    {
        var value = R.Between(-2, 3);
        var streaming = new[]
        {
            "string.Join(\",\", sequence)", "sequence.Count()", "sequence.Sum()", $"sequence.Any(x => x > {value})", $"sequence.FirstOrDefault(x => x < {value})",
            $"string.Join(\",\", sequence.Where(x => x != {value}).Select(x => x * 2))", $"sequence.Contains({value})", "sequence.ToList().Count",
        };
        var eager = new[]
        {
            "string.Join(\",\", sequence.OrderBy(x => -x))", "string.Join(\",\", sequence.Distinct())", "string.Join(\",\", sequence.Reverse())",
            "sequence.GroupBy(x => x % 2).Count()", "Newtonsoft.Json.JsonConvert.SerializeObject(sequence)", "sequence.Single()",
            "sequence.Aggregate(0, (a, x) => a * 3 + x)", $"sequence.SequenceEqual(new[] {{ {value} }})", "string.Join(\",\", sequence.OrderByDescending(x => x).ThenBy(x => x))",
        };
        var members = lazy ? streaming : streaming.Concat(eager).ToArray();
        return "\"\" + " + string.Join(" + \" \" + ", Enumerable.Range(0, R.Between(1, 3)).Select(_ => R.Pick(members)));
    }
}
