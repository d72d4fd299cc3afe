using System.Collections.Generic;
using System.Linq;

namespace AppsScript.Compiler.Tests.Fuzzing;

/// <summary>
/// Indexers, events and delegate combination: a case's helper class (declared once) with an int indexer, an
/// overloaded string indexer and a field-like event its setters raise; a snippet writes and reads the indexers
/// with assignment, compound assignment, ++ and --, and subscribes and removes lambdas and method groups
/// (instance and static, each conversion a new delegate) on the event and on a delegate local, printing what each
/// raise calls and how many handlers are left. Values stay small, so no arithmetic can overflow.
/// </summary>
internal sealed class IndexerAndEventGenerator
{
    private readonly CaseContext _c;
    private string? _type;

    public IndexerAndEventGenerator(CaseContext context) => _c = context;

    private FuzzRandom R => _c.Random;

    private string Type()
    {
        if (_type is not null) return _type;
        _type = _c.FreshType("Cells");
        _c.Declarations.Add($$"""
            public class {{_type}}
            {
                private readonly int[] values = new int[8];
                private readonly Dictionary<string, string> texts = new();

                public event Action<int>? Changed;

                public int this[int i]
                {
                    get => values[i & 7];
                    set { values[i & 7] = value; Changed?.Invoke(i & 7); }
                }

                public string this[string key]
                {
                    get => texts.TryGetValue(key, out var text) ? text : "";
                    set => texts[key] = value;
                }

                public void Echo(int slot) => Console.WriteLine("echo " + slot + " = " + values[slot]);

                public static void Log(int slot) => Console.WriteLine("log " + slot);

                public int Handlers => Changed?.GetInvocationList().Length ?? 0;
            }
            """);
        return _type;
    }

    private string Index()
    {
        var ints = _c.Visible.Where(v => v.Type == FuzzType.Int).ToList();
        return ints.Count > 0 && R.Chance(40) ? R.Pick(ints).Name : R.Between(-20, 20).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private string Small() => R.Between(-100, 100).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public List<string> Snippet()
    {
        var type = Type();
        var cells = _c.Fresh("cells");
        var handler = _c.Fresh("handler");
        var chain = _c.Fresh("chain");
        var lines = new List<string>
        {
            $"var {cells} = new {type}();",
            $"Action<int> {handler} = slot => Console.WriteLine(\"lambda \" + slot);",
            $"Action<int>? {chain} = null;",
        };
        string[] handlers = { handler, $"{cells}.Echo", $"{type}.Log", "slot => Console.WriteLine(\"inline \" + slot)" };
        for (var count = R.Between(4, 10); count > 0; count--)
        {
            var key = Literal.String(R.Pick("a", "b", "c"));
            lines.Add(R.Next(9) switch
            {
                0 => $"{cells}[{Index()}] = {Small()};",
                1 => $"{cells}[{Index()}] {R.Pick("+=", "-=")} {Small()};",
                2 => $"{cells}[{Index()}]{R.Pick("++", "--")};",
                3 => $"Console.WriteLine({cells}[{Index()}] + \" \" + {R.Pick("++", "--")}{cells}[{Index()}]);",
                4 => $"{cells}[{key}] += {Literal.String(R.Pick("x", "y", ""))};",
                5 => $"Console.WriteLine({cells}[{key}] + \"|\" + {cells}[{key}].Length);",
                6 => $"{cells}.Changed {R.Pick("+=", "+=", "-=")} {R.Pick(handlers)};",
                7 => $"{chain} {R.Pick("+=", "+=", "-=")} {R.Pick(handlers.Take(3).ToArray())};",
                _ => $"{chain}?.Invoke({R.Between(0, 7)}); Console.WriteLine(({chain}?.GetInvocationList().Length ?? 0) + \" in chain, \" + {cells}.Handlers + \" on event\");",
            });
        }
        return new List<string> { "{\n" + string.Join("\n", lines) + "\n}" };
    }
}
