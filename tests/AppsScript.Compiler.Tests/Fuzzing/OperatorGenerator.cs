using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AppsScript.Compiler.Tests.Fuzzing;

/// <summary>A user-defined operator of a family's concrete class: its C# token (<c>(int)</c> for a conversion), arity and result.</summary>
internal sealed record UserOperator(string Token, int Arity, FuzzType Result, Facts Facts);

/// <summary>
/// User-defined operators: a family's concrete class may declare binary, comparison and unary operators and
/// explicit conversions over two instances' seeds, with generated bodies, so that expressions of any family can
/// hold <c>(a + b)</c>, <c>(a &lt; b)</c>, <c>(-a)</c> or <c>((int)a)</c> and the compiler must call the right one.
/// </summary>
internal sealed class OperatorGenerator
{
    private static readonly Facts SeedFacts = Facts.Integer(-1000, 1000);

    private readonly CaseContext _c;

    public OperatorGenerator(CaseContext context) => _c = context;

    private FuzzRandom R => _c.Random;

    /// <summary>The operators of the family's concrete class (adding them to the family), or an empty text.</summary>
    public string Declarations(ClassFamily family)
    {
        var text = new StringBuilder();
        if (!R.Chance(40)) return "";
        var type = family.Concrete;
        foreach (var token in new[] { "+", "-", "*", "%", "&", "|", "^" }.Where(_ => R.Chance(30)))
        {
            var (body, facts) = Body(FuzzType.Int, 2);
            text.Append($"    public static int operator {token}({type} a, {type} b){body}\n");
            family.Operators.Add(new UserOperator(token, 2, FuzzType.Int, facts));
        }
        if (R.Chance(50))
        {
            // C# declares comparisons in pairs.
            foreach (var token in new[] { "<", ">" })
            {
                var (body, facts) = Body(FuzzType.Bool, 2);
                text.Append($"    public static bool operator {token}({type} a, {type} b){body}\n");
                family.Operators.Add(new UserOperator(token, 2, FuzzType.Bool, facts));
            }
        }
        foreach (var (token, result) in new[] { ("-", FuzzType.Int), ("~", FuzzType.Int), ("!", FuzzType.Bool) }.Where(_ => R.Chance(30)))
        {
            var (body, facts) = Body(result, 1);
            text.Append($"    public static {result} operator {token}({type} a){body}\n");
            family.Operators.Add(new UserOperator(token, 1, result, facts));
        }
        foreach (var result in new[] { FuzzType.Int, FuzzType.String }.Where(_ => R.Chance(30)))
        {
            var (body, facts) = Body(result, 1);
            text.Append($"    public static explicit operator {result}({type} a){body}\n");
            family.Operators.Add(new UserOperator($"({result})", 1, result, facts));
        }
        return text.ToString();
    }

    /// <summary>A block reading the operands' seeds into locals, then returning a generated expression over them.</summary>
    private (string Body, Facts Facts) Body(FuzzType result, int arity)
    {
        var locals = new List<Variable> { new("x", FuzzType.Int, SeedFacts) };
        if (arity == 2) locals.Add(new Variable("y", FuzzType.Int, SeedFacts));
        var value = _c.Isolated(locals, () => result.Kind == Kind.String ? StringExpressions.NonNull(_c.Of(result, 2)) : _c.Of(result, 2));
        var reads = arity == 2 ? "var x = a.Seed;\n        var y = b.Seed;" : "var x = a.Seed;";
        return ($"\n    {{\n        {reads}\n        return {value};\n    }}", value.Facts);
    }

    /// <summary>A use of an operator of the family giving the type, on instances typed as the concrete class.</summary>
    public Expr? ValueFrom(ClassFamily family, FuzzType type, int depth)
    {
        var candidates = family.Operators.Where(o => o.Result == type).ToList();
        if (candidates.Count == 0) return null;
        var chosen = R.Pick(candidates);
        var operands = new List<string>();
        for (var i = 0; i < chosen.Arity; i++)
        {
            var visible = _c.Visible.Where(v => v.Type.Kind == Kind.Named && v.Type.Name == family.Concrete).ToList();
            if (visible.Count > 0 && (R.Chance(75) || _c.Total)) operands.Add(R.Pick(visible).Name);
            else if (_c.Total) return null;
            else operands.Add(_c.Members.NewInstance(family, depth).Code);
        }
        var code = chosen.Arity == 2 ? $"({operands[0]} {chosen.Token} {operands[1]})" : $"({chosen.Token}{operands[0]})";
        return new Expr(code, type, chosen.Facts);
    }
}
