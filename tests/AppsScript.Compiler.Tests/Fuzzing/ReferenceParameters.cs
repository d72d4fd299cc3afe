using System.Collections.Generic;
using System.Linq;

namespace AppsScript.Compiler.Tests.Fuzzing;

/// <summary>
/// ref, out and in parameters: a case's helper class (declared once) with a generic swap, an out result that is
/// T's default when not taken, a value written before a throw, and an in parameter; the snippets pass locals,
/// array elements and discards to them, and locals captured by a lambda. The helpers only move values around,
/// so a local's facts become the union of what may be written to it.
/// </summary>
internal sealed class ReferenceParameters
{
    private static readonly FuzzType[] Types = { FuzzType.Int, FuzzType.Long, FuzzType.Double, FuzzType.String, FuzzType.Bool };

    private readonly CaseContext _c;
    private string? _helpers;

    public ReferenceParameters(CaseContext context) => _c = context;

    private FuzzRandom R => _c.Random;

    private string Helpers()
    {
        if (_helpers is not null) return _helpers;
        _helpers = _c.FreshType("Refs");
        _c.Declarations.Add($$"""
            public static class {{_helpers}}
            {
                public static void Swap<T>(ref T a, ref T b)
                {
                    var t = a;
                    a = b;
                    b = t;
                }

                public static bool Take<T>(bool take, T value, out T result)
                {
                    result = take ? value : default!;
                    return take;
                }

                public static void SetThenThrow<T>(ref T target, T value, bool fail)
                {
                    target = value;
                    if (fail) throw new InvalidOperationException("set, then failed");
                }

                public static T Same<T>(in T value) => value;
            }
            """);
        return _helpers;
    }

    /// <summary>
    /// A visible local of the type, or one declared into <paramref name="declarations"/> (outside the snippet's try,
    /// so later snippets see it) from a leaf, which does not throw.
    /// </summary>
    private Variable Local(FuzzType type, List<string> declarations)
    {
        var existing = _c.VariableOf(type, v => !v.Facts.MayBeNull);
        if (existing is not null && R.Chance(70)) return existing;
        var value = type.Kind == Kind.String ? StringExpressions.NonNull(_c.Of(type, 0)) : _c.Of(type, 0);
        var variable = new Variable(_c.Fresh("r"), type, value.Facts);
        declarations.Add($"{type.CSharp} {variable.Name} = {value};");
        _c.Declare(variable);
        return variable;
    }

    /// <summary>The snippet: the locals it declares, then its calls in one try whose catch reports the exception.</summary>
    public List<string> Snippet(int depth)
    {
        var declarations = new List<string>();
        var calls = Calls(declarations, depth);
        return declarations.Append("try").Append("{").Concat(calls.Select(c => "    " + c)).Append("}").Append("catch (Exception e) { Fuzz.Report(e); }").ToList();
    }

    private List<string> Calls(List<string> declarations, int depth)
    {
        var helpers = Helpers();
        var type = R.Pick(Types);
        var a = Local(type, declarations);
        var lines = new List<string>();
        switch (R.Next(5))
        {
            case 0:
            {
                var b = Local(type, declarations);
                lines.Add($"{helpers}.Swap(ref {a.Name}, ref {b.Name});");
                var both = a.Facts.Union(b.Facts);
                _c.Update(a.Name, both);
                _c.Update(b.Name, both);
                lines.Add($"Console.WriteLine({Literal.String("swapped ")} + {a.Name} + {Literal.String("|")} + {b.Name});");
                break;
            }
            case 1:
            {
                var taken = _c.Fresh("taken");
                var discard = R.Chance(30);
                lines.Add($"var ok{taken} = {helpers}.Take({_c.Bools.Bool(depth)}, {a.Name}, out {(discard ? "_" : "var " + taken)});");
                lines.Add(discard ? $"Console.WriteLine(ok{taken});" : $"Console.WriteLine(ok{taken} + {Literal.String(" ")} + ({taken}{(type.Kind == Kind.String ? " ?? \"null\"" : "")}));");
                break;
            }
            case 2:
            {
                var value = type.Kind == Kind.String ? StringExpressions.NonNull(_c.Of(type, depth)) : _c.Of(type, depth);
                var caught = _c.Fresh("ex");
                lines.Add($"try {{ {helpers}.SetThenThrow(ref {a.Name}, {value}, {_c.Bools.Bool(depth)}); }} catch (InvalidOperationException {caught}) {{ Console.WriteLine({caught}.Message + {Literal.String(" ")} + {a.Name}); }}");
                _c.Update(a.Name, a.Facts.Union(value.Facts));
                lines.Add($"Console.WriteLine({a.Name});");
                break;
            }
            case 3:
            {
                var b = Local(type, declarations);
                var pair = _c.Fresh("pair");
                var index = R.Next(2);
                lines.Add($"var {pair} = new[] {{ {a.Name}, {b.Name} }};");
                lines.Add($"{helpers}.Swap(ref {pair}[{index}], ref {pair}[{1 - index}]);");
                lines.Add($"Console.WriteLine({Literal.String("pair ")} + {pair}[0] + {Literal.String("|")} + {pair}[1] + {Literal.String(" ")} + {helpers}.Same({pair}[0]));");
                break;
            }
            default:
            {
                var b = Local(type, declarations);
                var read = _c.Fresh("read");
                lines.Add($"Func<{type.CSharp}> {read} = () => {a.Name};");
                lines.Add($"{helpers}.Swap(ref {a.Name}, ref {b.Name});");
                var both = a.Facts.Union(b.Facts);
                _c.Update(a.Name, both);
                _c.Update(b.Name, both);
                lines.Add($"Console.WriteLine({read}() + {Literal.String("|")} + {helpers}.Same(in {b.Name}));");
                break;
            }
        }
        return lines;
    }
}
