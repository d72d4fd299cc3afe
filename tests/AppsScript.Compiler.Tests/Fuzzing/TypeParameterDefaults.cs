using System.Collections.Generic;

namespace AppsScript.Compiler.Tests.Fuzzing;

/// <summary>
/// default(T): a case's generic helpers (declared once): a method returning T's default when not told to take its
/// value, a generic class whose field of T starts at its default and is cleared back to it, and a derived class
/// that fixes T; the snippets use them with int, long, double, bool and string.
/// </summary>
internal sealed class TypeParameterDefaults
{
    private static readonly FuzzType[] Types = { FuzzType.Int, FuzzType.Long, FuzzType.Double, FuzzType.String, FuzzType.Bool };

    private readonly CaseContext _c;
    private string? _helpers;

    public TypeParameterDefaults(CaseContext context) => _c = context;

    private FuzzRandom R => _c.Random;

    private string Helpers()
    {
        if (_helpers is not null) return _helpers;
        _helpers = _c.FreshType("Defaults");
        _c.Declarations.Add($$"""
            public static class {{_helpers}}
            {
                public static T Either<T>(bool take, T value)
                {
                    T result = default!;
                    if (take) result = value;
                    return result;
                }

                public static T FirstOr<T>(List<T> items) => items.Count > 0 ? items[0] : default!;
            }

            public class {{_helpers}}Slot<T>
            {
                private T _value;
                public bool Has { get; private set; }
                public T Value => _value;

                public void Put(T value)
                {
                    _value = value;
                    Has = true;
                }

                public T Clear()
                {
                    var old = _value;
                    _value = default!;
                    Has = false;
                    return old;
                }
            }

            public class {{_helpers}}IntSlot : {{_helpers}}Slot<int>
            {
            }
            """);
        return _helpers;
    }

    /// <summary>A value of the type as printed: a string that may be T's default, null, is shown as "null".</summary>
    private static string Shown(string code, FuzzType type) => type.Kind == Kind.String ? $"({code} ?? \"null\")" : code;

    public List<string> Snippet(int depth)
    {
        var helpers = Helpers();
        var type = R.Pick(Types);
        // Each use gets an expression of its own: one may declare an out variable, which a second copy would declare again.
        Expr Value() => type.Kind == Kind.String ? StringExpressions.NonNull(_c.Of(type, depth)) : _c.Of(type, depth);
        var slot = _c.Fresh("slot");
        var lines = new List<string>();
        switch (R.Next(3))
        {
            case 0:
                lines.Add($"Console.WriteLine({Shown($"{helpers}.Either({_c.Bools.Bool(depth)}, {Value()})", type)});");
                lines.Add($"Console.WriteLine({Shown($"{helpers}.FirstOr(new List<{type.CSharp}>())", type)} + {Literal.String("|")} + {Shown($"{helpers}.FirstOr(new List<{type.CSharp}> {{ {Value()} }})", type)});");
                break;
            case 1:
                lines.Add($"var {slot} = new {helpers}Slot<{type.CSharp}>();");
                lines.Add($"Console.WriteLine({slot}.Has + {Literal.String(" ")} + {Shown($"{slot}.Value", type)});");
                lines.Add($"{slot}.Put({Value()});");
                lines.Add($"Console.WriteLine({Shown($"{slot}.Clear()", type)} + {Literal.String(" ")} + {Shown($"{slot}.Value", type)});");
                break;
            default:
                lines.Add($"var {slot} = new {helpers}IntSlot();");
                lines.Add($"{slot}.Put({_c.Numbers.Int(depth)});");
                lines.Add($"Console.WriteLine({slot}.Value + {Literal.String(" ")} + {slot}.Clear() + {Literal.String(" ")} + {slot}.Value);");
                break;
        }
        return lines;
    }
}
