using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AppsScript.Compiler.Tests.Fuzzing;

/// <summary>A parameter of a generated method: an int's bounds are what every call site keeps to.</summary>
internal sealed record Parameter(string Name, FuzzType Type, Facts Facts, string? Default);

/// <summary>A generated method or property: where it is declared decides which receivers can call it.</summary>
internal sealed record Callable(string Name, FuzzType Result, Facts Facts, IReadOnlyList<Parameter> Parameters, bool IsStatic, bool IsProperty, Declared Where);

internal enum Declared
{
    /// <summary>On the interface (and so on every class of the family).</summary>
    Interface,

    /// <summary>On the base class, maybe overridden.</summary>
    Base,

    /// <summary>On the concrete class only.</summary>
    Concrete,
}

/// <summary>A generated family of types: an optional interface, an optional abstract base, and a concrete class.</summary>
internal sealed class ClassFamily
{
    public required string Concrete { get; init; }
    public string? Base { get; init; }
    public string? Interface { get; init; }
    public List<Callable> Members { get; } = new();

    /// <summary>The operators the concrete class declares (see OperatorGenerator).</summary>
    public List<UserOperator> Operators { get; } = new();

    /// <summary>Whether the concrete class declares a static constructor (see StaticConstructorGenerator).</summary>
    public bool HasStaticConstructor { get; set; }

    /// <summary>The concrete class's printing method its field initialisers call, if any (see InitialiserOrderGenerator).</summary>
    public string? Noted { get; set; }

    public IEnumerable<string> TypeNames => new[] { Concrete, Base, Interface }.Where(n => n is not null)!;
}

/// <summary>
/// Classes with behaviour: constructors, a static constructor now and then, instance and static fields and
/// properties (static readonly ones reading each other, later ones still at their default as in .NET), expression- and block-bodied methods
/// with optional parameters and named arguments, a generic method, virtual, abstract and override members
/// called through the base class and an interface, a mutable state, ToString overrides and operators. Member bodies
/// are generated expressions over the parameters and members, so every family of expressions runs inside methods too.
/// </summary>
internal sealed class MemberGenerator
{
    private static readonly FuzzType[] Results = { FuzzType.Int, FuzzType.Long, FuzzType.Double, FuzzType.String, FuzzType.Bool };

    /// <summary>
    /// The constructor's seed parameter, and so the Seed property, stays within these bounds at every call.
    /// </summary>
    private static readonly Facts SeedFacts = Facts.Integer(-1000, 1000);

    /// <summary>Step keeps the state within (-1000, 1000) whatever its argument within ±1000.</summary>
    private static readonly Facts StateFacts = Facts.Integer(-999, 999);

    private readonly CaseContext _c;
    private readonly List<ClassFamily> _families = new();
    private bool _building;

    public MemberGenerator(CaseContext context) => _c = context;

    private FuzzRandom R => _c.Random;

    /// <summary>
    /// The case's family, declared when <paramref name="declare"/> and there is none yet (never while it is being
    /// built). One a case, and only statements declare it, which keeps cases small.
    /// </summary>
    public ClassFamily? AnyFamily(bool declare)
    {
        if (_building) return null;
        if (_families.Count > 0) return R.Pick(_families);
        return declare ? Declare() : null;
    }

    private ClassFamily Declare()
    {
        _building = true;
        try
        {
            var concrete = _c.FreshType("Thing");
            var family = new ClassFamily
            {
                Concrete = concrete,
                Base = R.Chance(60) ? concrete + "Base" : null,
                Interface = R.Chance(50) ? "I" + concrete : null,
            };
            _families.Add(family);
            _c.Declarations.Add(_c.Totally(() => Declaration(family)));
            return family;
        }
        finally
        {
            _building = false;
        }
    }

    private string Declaration(ClassFamily family)
    {
        var instance = new List<Variable> { new("Seed", FuzzType.Int, SeedFacts), new("Label", FuzzType.String, Facts.Sized(Limits.MaxString)) };
        var text = new StringBuilder();
        var baseMembers = new StringBuilder();
        var concreteMembers = new StringBuilder();
        var interfaceMembers = new StringBuilder();

        // Static readonly fields initialised in textual order: a later one is still 0 when an earlier one reads it.
        var statics = Enumerable.Range(0, R.Between(0, 3)).Select(i => $"Field{i}").ToList();
        var staticFacts = new List<Variable>();
        for (var i = 0; i < statics.Count; i++)
        {
            var visible = statics.Select((name, j) => new Variable(name, FuzzType.Int, j < i ? staticFacts[j].Facts : Facts.Exactly(0))).ToList();
            var value = _c.Isolated(visible, () => _c.Numbers.Int(2));
            staticFacts.Add(new Variable(statics[i], FuzzType.Int, value.Facts.Union(Facts.Exactly(0))));
            concreteMembers.Append($"    public static readonly int {statics[i]} = {value};\n");
            family.Members.Add(new Callable(statics[i], FuzzType.Int, value.Facts, Array.Empty<Parameter>(), true, true, Declared.Concrete));
        }
        concreteMembers.Append("    public static int Created;\n");
        concreteMembers.Append(_c.StaticConstructors.Declaration(family, staticFacts));
        family.Members.Add(new Callable("Created", FuzzType.Int, Facts.Integer(0, 100_000), Array.Empty<Parameter>(), true, true, Declared.Concrete));
        concreteMembers.Append("    private int _state;\n");
        concreteMembers.Append(_c.InitialiserOrder.Fields(family));

        var owner = family.Base is null ? concreteMembers : baseMembers;
        owner.Append("    public int Seed { get; }\n    public string Label { get; }\n");
        family.Members.Add(new Callable("Seed", FuzzType.Int, SeedFacts, Array.Empty<Parameter>(), false, true, family.Base is null ? Declared.Concrete : Declared.Base));
        family.Members.Add(new Callable("Label", FuzzType.String, Facts.Sized(Limits.MaxString), Array.Empty<Parameter>(), false, true, family.Base is null ? Declared.Concrete : Declared.Base));
        if (family.Interface is not null)
        {
            interfaceMembers.Append("    int Seed { get; }\n");
            family.Members[^2] = family.Members[^2] with { Where = Declared.Interface };
        }

        var withState = instance.Append(new Variable("_state", FuzzType.Int, StateFacts)).Concat(staticFacts).ToList();
        concreteMembers.Append("    public int Step(int by)\n    {\n        _state = (_state + by) % 1000;\n        return _state;\n    }\n");
        family.Members.Add(new Callable("Step", FuzzType.Int, StateFacts, new[] { new Parameter("by", FuzzType.Int, SeedFacts, null) }, false, false, Declared.Concrete));

        for (var i = R.Between(1, 3); i > 0; i--)
        {
            var name = _c.Fresh("Member");
            var result = R.Pick(Results);
            var isStatic = R.Chance(30);
            var parameters = Parameters();
            var scope = (isStatic ? staticFacts : family.Base is null ? withState : instance).Concat(parameters.Select(p => new Variable(p.Name, p.Type, p.Facts))).ToList();
            var signature = $"{result} {name}({string.Join(", ", parameters.Select(p => $"{p.Type} {p.Name}{(p.Default is null ? "" : " = " + p.Default)}"))})";
            var (body, facts) = Body(result, scope);
            if (isStatic || family.Base is null)
            {
                concreteMembers.Append($"    public {(isStatic ? "static " : "")}{signature}{body}\n");
                family.Members.Add(new Callable(name, result, facts, parameters, isStatic, false, Declared.Concrete));
                continue;
            }
            // On the base: virtual (maybe overridden) or abstract (always overridden), called through the base.
            var overrideScope = withState.Concat(parameters.Select(p => new Variable(p.Name, p.Type, p.Facts))).ToList();
            var (overrideBody, overrideFacts) = Body(result, overrideScope);
            if (R.Chance(40))
            {
                baseMembers.Append($"    public abstract {signature};\n");
                concreteMembers.Append($"    public override {signature}{overrideBody}\n");
                facts = overrideFacts;
            }
            else
            {
                baseMembers.Append($"    public virtual {signature}{body}\n");
                if (R.Chance(60))
                {
                    concreteMembers.Append($"    public override {signature}{overrideBody}\n");
                    facts = facts.Union(overrideFacts);
                }
            }
            var where = Declared.Base;
            if (family.Interface is not null && R.Chance(60))
            {
                interfaceMembers.Append($"    {result} {name}({string.Join(", ", parameters.Select(p => $"{p.Type} {p.Name}{(p.Default is null ? "" : " = " + p.Default)}"))});\n");
                where = Declared.Interface;
            }
            family.Members.Add(new Callable(name, result, facts, parameters, false, false, where));
        }

        if (R.Chance(40))
        {
            concreteMembers.Append("    public static T Choose<T>(bool first, T a, T b) => first ? a : b;\n");
        }
        // A value typed as the base prints through the base's ToString (the compiler needs one there), which the class may override again.
        if (family.Base is not null) baseMembers.Append($"    public override string ToString() => {StringExpressions.NonNull(_c.Isolated(instance, () => _c.Strings.String(2)))};\n");
        if (family.Base is null || R.Chance(50))
        {
            var toString = _c.Isolated(family.Base is null ? withState : instance, () => _c.Strings.String(2));
            concreteMembers.Append($"    public override string ToString() => {StringExpressions.NonNull(toString)};\n");
        }

        if (family.Interface is not null) text.Append($"public interface {family.Interface}\n{{\n{interfaceMembers}}}\n\n");
        var implements = family.Interface is null ? "" : $" : {family.Interface}";
        if (family.Base is not null)
        {
            text.Append($"public abstract class {family.Base}{implements}\n{{\n");
            text.Append($"    protected {family.Base}(int seed, string label)\n    {{\n{_c.InitialiserOrder.BaseConstructorTrace(family)}        Seed = seed;\n        Label = label;\n    }}\n\n{baseMembers}}}\n\n");
            text.Append($"public class {family.Concrete} : {family.Base}\n{{\n");
            text.Append($"    public {family.Concrete}(int seed, string label) : base({_c.InitialiserOrder.BaseSeed(family)}, label)\n    {{\n        _state = seed % 1000;\n        Created++;\n    }}\n\n");
        }
        else
        {
            text.Append($"public class {family.Concrete}{implements}\n{{\n");
            text.Append($"    public {family.Concrete}(int seed, string label)\n    {{\n        Seed = seed;\n        Label = label;\n        _state = seed % 1000;\n        Created++;\n    }}\n\n");
        }
        text.Append(concreteMembers).Append(_c.Operators.Declarations(family)).Append('}');
        return text.ToString();
    }

    private List<Parameter> Parameters()
    {
        var parameters = new List<Parameter>();
        for (var i = R.Between(0, 2); i > 0; i--)
        {
            var name = _c.Fresh("p");
            var type = R.Pick(FuzzType.Int, FuzzType.Int, FuzzType.String, FuzzType.Double, FuzzType.Bool);
            var facts = type.Kind switch
            {
                Kind.Int => Facts.Integer(-1000, 1000),
                Kind.String => Facts.Sized(Limits.MaxString),
                Kind.Double => Facts.Of(FuzzType.Double),
                _ => Facts.Unknown,
            };
            parameters.Add(new Parameter(name, type, facts, null));
        }
        // The last parameter may be optional: C# bakes the default into each call that leaves it out.
        if (parameters.Count > 0 && R.Chance(40))
        {
            var last = parameters[^1];
            var value = last.Type.Kind switch
            {
                Kind.Int => Literal.Int(R.Between(-5, 5)),
                Kind.String => Literal.String(R.Pick("", "dflt", "\u00e9")),
                Kind.Double => Literal.Double(R.Pick(0.5, -1.25, 1e21)),
                _ => R.Chance(50) ? "true" : "false",
            };
            var facts = last.Type.Kind == Kind.Double ? Facts.Of(FuzzType.Double) : last.Facts;
            parameters[^1] = last with { Default = value, Facts = facts };
        }
        return parameters;
    }

    /// <summary>An expression body, or a block with a local, a branch and returns.</summary>
    private (string Body, Facts Facts) Body(FuzzType result, List<Variable> scope) => _c.Isolated(scope, () =>
    {
        // A string member never returns null: callers trust its annotation, as the compiler does.
        Expr Value() => result.Kind == Kind.String ? StringExpressions.NonNull(_c.Of(result, 2)) : _c.Of(result, 2);
        if (R.Chance(70))
        {
            var value = Value();
            return ($" => {value};", value.Facts);
        }
        var local = _c.Fresh("local");
        var localType = R.Pick(FuzzType.Int, FuzzType.String, FuzzType.Double);
        var initial = _c.Of(localType, 2);
        _c.Declare(new Variable(local, localType, initial.Facts));
        var condition = _c.Bools.Bool(2);
        var first = Value();
        var second = Value();
        var body = $"\n    {{\n        var {local} = {initial};\n        if ({condition})\n        {{\n            return {first};\n        }}\n        return {second};\n    }}";
        return (body, first.Facts.Union(second.Facts));
    });

    /// <summary>An instance of the family's concrete class, typed as the concrete class, its base or its interface.</summary>
    public Expr NewInstance(ClassFamily family, int depth)
    {
        var seed = _c.Numbers.IntIn(SeedFacts.Low, SeedFacts.High, depth - 1);
        var label = StringExpressions.NonNull(_c.Strings.String(depth - 1));
        return new Expr($"new {family.Concrete}({seed}, {label})", FuzzType.NamedType(family.Concrete), Facts.Unknown);
    }

    /// <summary>A receiver that can call the member: a visible variable of a type declaring it, or a new instance.</summary>
    private string? Receiver(ClassFamily family, Callable member, int depth)
    {
        var types = member.Where switch
        {
            Declared.Interface => family.TypeNames,
            Declared.Base => new[] { family.Concrete, family.Base! },
            _ => new[] { family.Concrete },
        };
        var visible = _c.Visible.Where(v => v.Type.Kind == Kind.Named && types.Contains(v.Type.Name)).ToList();
        // A constructor counts itself in Created: not in total code, where an eager query may run it more often.
        if (visible.Count > 0 && (R.Chance(75) || _c.Total)) return R.Pick(visible).Name;
        return _c.Total ? null : NewInstance(family, depth).Code;
    }

    /// <summary>A call of a member returning the type: arguments within the parameters' bounds, now and then named, an optional one left out.</summary>
    public Expr? ValueFrom(FuzzType type, int depth)
    {
        if (depth <= 0 || AnyFamily(declare: false) is not { } family) return null;
        if (R.Chance(15)) return Generic(type, depth);
        if (R.Chance(25) && _c.Operators.ValueFrom(family, type, depth) is { } operation) return operation;
        var candidates = family.Members.Where(m => m.Result == type).ToList();
        if (candidates.Count == 0) return null;
        var member = R.Pick(candidates);
        if (member.IsStatic && !_c.StaticConstructors.MayUseStatics(family)) return null;
        var target = member.IsStatic ? family.Concrete : Receiver(family, member, depth);
        if (target is null) return null;
        if (member.IsProperty) return new Expr($"{target}.{member.Name}", type, member.Facts);
        var named = R.Chance(25);
        var arguments = new List<string>();
        foreach (var parameter in member.Parameters)
        {
            if (parameter.Default is not null && R.Chance(40)) continue;
            var value = parameter.Type.Kind switch
            {
                Kind.Int => _c.Numbers.IntIn(parameter.Facts.Low, parameter.Facts.High, depth - 1),
                Kind.String => StringExpressions.NonNull(_c.Strings.String(depth - 1)),
                _ => _c.Of(parameter.Type, depth - 1),
            };
            arguments.Add((named ? parameter.Name + ": " : "") + value.Code);
        }
        return new Expr($"{target}.{member.Name}({string.Join(", ", arguments)})", type, member.Facts);
    }

    /// <summary>Choose&lt;T&gt; of a family that declares it, for any type.</summary>
    public Expr? Generic(FuzzType type, int depth)
    {
        var family = _families.FirstOrDefault(f => _c.Declarations.Any(d => d.Contains($"class {f.Concrete}") && d.Contains("Choose<T>")));
        if (family is null || depth <= 0 || !_c.StaticConstructors.MayUseStatics(family)) return null;
        var a = _c.Of(type, depth - 1);
        var b = _c.Of(type, depth - 1);
        return new Expr($"{family.Concrete}.Choose({_c.Bools.Bool(depth - 1)}, {a}, {b})", type, a.Facts.Union(b.Facts));
    }

    /// <summary>The Step method's call on a receiver, which changes its state (statements only: it has an effect).</summary>
    public string Step(ClassFamily family, int depth) =>
        $"{Receiver(family, family.Members.First(m => m.Name == "Step"), depth)!}.Step({_c.Numbers.IntIn(SeedFacts.Low, SeedFacts.High, depth - 1)})";
}
