using System;
using System.Collections.Generic;
using System.Linq;

namespace AppsScript.Compiler.Tests.Fuzzing;

/// <summary>
/// Iterators: a class of two iterator methods whose bodies print as they run (the start, each element, an early
/// yield break or throw, the finally block), one finite and one endless that writes its parameter, consumed by a
/// chain of the LINQ operators that stream over them and a foreach (which may break) or an operator that stops
/// early or reads everything. The printed lines show whether the compiled code runs the body at .NET's moments:
/// deferred, again from the start at each enumeration, interleaved with the chain's lambdas, ending (and running
/// finally) where .NET stops pulling. The same chains run over the program's own IEnumerable&lt;T&gt; classes, one
/// whose GetEnumerator is an iterator and one handing out an enumerator written by hand, whose MoveNext, Current
/// and Dispose print, so that the lines also show which of them .NET's foreach and operators call, and when.
/// Now and then, sequences passed around the program instead (<see cref="LazyFlowGenerator"/>).
/// </summary>
internal sealed class IteratorGenerator
{
    private readonly CaseContext _c;
    private readonly LazyFlowGenerator _flows;

    public IteratorGenerator(CaseContext context)
    {
        _c = context;
        _flows = new LazyFlowGenerator(context);
    }

    private FuzzRandom R => _c.Random;

    public List<string> Snippet()
    {
        if (R.Chance(40)) return _flows.Snippet();
        var type = Declare();
        var query = _c.Fresh("query");
        var lines = new List<string> { $"var {query} = {Chain(Source(type))};", "Console.WriteLine(\"query declared\");" };
        lines.AddRange(Consume(query));
        if (R.Chance(40)) lines.AddRange(Consume(query));
        return lines;
    }

    private string Declare()
    {
        var type = _c.FreshType("Iterators");
        var step = R.Between(-3, 3);
        var stopAt = R.Between(0, 4);
        var stopBy = R.Weighted((2, "end"), (1, "throw"), (4, ""));
        // An early end or a throw at one element, in the iterator and in the hand-written enumerator alike.
        string Stop(string index, string end) => stopBy switch
        {
            "end" => $"if ({index} == {stopAt}) {end}",
            "throw" => $"if ({index} == {stopAt}) throw new InvalidOperationException(\"stopped at \" + {index});",
            _ => "",
        };
        var check = R.Chance(25) ? "if (count < 0) throw new ArgumentOutOfRangeException(nameof(count));" : "";
        _c.Declarations.Add($$"""
            public static class {{type}}
            {
                public static IEnumerable<int> Finite(int start, int count)
                {
                    {{check}}
                    Console.WriteLine("Finite(" + start + ", " + count + ") starts");
                    try
                    {
                        for (var i = 0; i < count; i++)
                        {
                            {{Stop("i", "yield break;")}}
                            Console.WriteLine("Finite yields " + (start + i * {{Literal.Int(step)}}));
                            yield return start + i * {{Literal.Int(step)}};
                        }
                    }
                    finally
                    {
                        Console.WriteLine("Finite finally");
                    }
                }

                public static IEnumerable<int> Endless(int start)
                {
                    try
                    {
                        while (true)
                        {
                            Console.WriteLine("Endless yields " + start);
                            yield return start++;
                        }
                    }
                    finally
                    {
                        Console.WriteLine("Endless finally");
                    }
                }
            }

            public sealed class {{type}}Counter : IEnumerator<int>
            {
                private readonly int _start;
                private readonly int _count;
                private int _index = -1;

                public {{type}}Counter(int start, int count)
                {
                    _start = start;
                    _count = count;
                }

                public int Current
                {
                    get
                    {
                        Console.WriteLine("Counter current " + _index);
                        return _start + _index * {{Literal.Int(step)}};
                    }
                }

                object System.Collections.IEnumerator.Current => Current;

                public bool MoveNext()
                {
                    _index++;
                    Console.WriteLine("Counter moves to " + _index);
                    {{Stop("_index", "return false;")}}
                    return _index < _count;
                }

                public void Reset() => _index = -1;

                public void Dispose() => Console.WriteLine("Counter disposed");
            }

            public sealed class {{type}}Counted : IEnumerable<int>
            {
                private readonly int _start;
                private readonly int _count;

                public {{type}}Counted(int start, int count)
                {
                    _start = start;
                    _count = count;
                }

                public IEnumerator<int> GetEnumerator() => new {{type}}Counter(_start, _count);

                System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
            }

            public sealed class {{type}}Yielded : IEnumerable<int>
            {
                private readonly int _start;
                private readonly int _count;

                public {{type}}Yielded(int start, int count)
                {
                    _start = start;
                    _count = count;
                }

                public IEnumerator<int> GetEnumerator()
                {
                    Console.WriteLine("Yielded starts");
                    foreach (var item in {{type}}.Finite(_start, _count)) yield return item;
                    Console.WriteLine("Yielded ends");
                }

                System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
            }
            """);
        return type;
    }

    /// <summary>A finite sequence, or the endless one cut by Take or TakeWhile (it counts up, so TakeWhile of an upper bound ends).</summary>
    private string Source(string type)
    {
        var start = _c.Numbers.IntIn(-5, 5, 1);
        if (R.Chance(20)) return $"new {type}{R.Pick("Counted", "Yielded")}({start}, {R.Between(0, 6)})";
        if (R.Chance(50)) return $"{type}.Finite({start}, {R.Between(-1, 6)})";
        return R.Chance(60)
            ? $"{type}.Endless({start}).Take({R.Between(0, 5)})"
            : $"{type}.Endless({start}).TakeWhile({Lambda(x => $"{x} < {R.Between(-4, 9)}")})";
    }

    private string Chain(string source)
    {
        for (var count = R.Between(0, 3); count > 0; count--)
        {
            source += R.Weighted<Func<string>>(
                (3, () => $".Where({Lambda(x => $"{x} % {R.Between(2, 3)} {R.Pick("==", "!=")} 0")})"),
                (3, () => $".Select({Lambda(x => $"{x} * {R.Between(-2, 3)} + {R.Between(0, 9)}")})"),
                (1, () => $".Select(({_c.Fresh("x")}, {_c.Fresh("i")}) => {R.Between(0, 9)})"),
                (2, () => $".Skip({R.Between(-1, 3)})"),
                (2, () => $".Take({R.Between(-1, 4)})"),
                (1, () => $".TakeWhile({Lambda(x => $"{x} {R.Pick("<", ">")} {R.Between(-3, 6)}")})"),
                (1, () => $".SkipWhile({Lambda(x => $"{x} {R.Pick("<", ">")} {R.Between(-3, 6)}")})"),
                (1, () => $".Append({R.Between(0, 9)})"),
                (1, () => $".Prepend({R.Between(0, 9)})"),
                (1, () => $".Concat(new[] {{ {R.Between(0, 9)}, {R.Between(0, 9)} }})"),
                (1, () => $".Zip(new int[] {{ {string.Join(", ", Enumerable.Range(0, R.Between(0, 4)).Select(_ => R.Between(1, 5)))} }}, ({_c.Fresh("a")}, {_c.Fresh("b")}) => {R.Between(1, 3)})"))();
        }
        return source;
    }

    /// <summary>A lambda over one int, which prints what it is given now and then, so that its calls show among the iterator's lines.</summary>
    private string Lambda(Func<string, string> body)
    {
        var x = _c.Fresh("x");
        return R.Chance(40) ? $"{x} => {{ Console.WriteLine(\"lambda \" + {x}); return {body(x)}; }}" : $"{x} => {body(x)}";
    }

    private IEnumerable<string> Consume(string query)
    {
        if (R.Chance(35))
        {
            var item = _c.Fresh("item");
            var exit = R.Chance(50) ? $" if ({item} > {R.Between(-2, 6)}) break;" : "";
            return new[] { $"try {{ foreach (var {item} in {query}) {{ Console.WriteLine(\"got \" + {item});{exit} }} }} catch (Exception e) {{ Fuzz.Report(e); }}" };
        }
        var value = R.Between(-2, 6);
        var terminal = R.Pick(new[]
        {
            "First()", $"First({Lambda(x => $"{x} > {value}")})", $"FirstOrDefault({Lambda(x => $"{x} > {value}")})", "FirstOrDefault()",
            "Any()", $"Any({Lambda(x => $"{x} == {value}")})", $"All({Lambda(x => $"{x} < {value}")})", $"Contains({value})",
            $"ElementAt({R.Between(-1, 3)})", $"ElementAtOrDefault({R.Between(-1, 3)})", "Count()", $"Count({Lambda(x => $"{x} > {value}")})",
            "Sum()", $"Sum({Lambda(x => $"{x} * 2")})", "Max()", "Min()", "Average()", "Last()", "LastOrDefault()", "ToList().Count", "ToArray().Length",
        });
        var read = R.Chance(20) ? $"string.Join(\",\", {query})" : $"{query}.{terminal}";
        return new[] { $"try {{ Console.WriteLine({read}); }} catch (Exception e) {{ Fuzz.Report(e); }}" };
    }
}
