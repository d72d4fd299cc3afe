using System;
using System.Collections.Generic;
using System.Linq;

namespace AppsScript.Compiler.Tests.Fuzzing;

/// <summary>
/// A case's body: snippets of statements, each self-contained but for the locals earlier snippets declared,
/// so that a divergent case can be minimised by dropping snippets. Every statement that may throw is in its
/// own try/catch reporting the exception, so the rest of the case still runs; a snippet never changes a
/// collection its own foreach iterates (Exclusions.Guarded).
/// </summary>
internal sealed class StatementGenerator
{
    private const string Catch = "catch (Exception e) { Fuzz.Report(e); }";

    private static readonly FuzzType[] Scalars = { FuzzType.Int, FuzzType.Long, FuzzType.Double, FuzzType.String, FuzzType.Char, FuzzType.Bool, FuzzType.Short, FuzzType.Byte, FuzzType.SByte, FuzzType.UShort };

    private readonly CaseContext _c;

    public StatementGenerator(CaseContext context) => _c = context;

    private FuzzRandom R => _c.Random;

    /// <summary>The nesting of a statement's main expression: mostly 2, now and then 3 (a batch's compile time grows with it).</summary>
    private int Deep => R.Weighted((3, 2), (2, 3));

    /// <summary>The nesting of a secondary expression (an operand, a condition, a key).</summary>
    private int Shallow => R.Weighted((1, 1), (3, 2));

    /// <summary>The case's snippets: seed locals first, then a mix of every kind.</summary>
    public List<List<string>> Snippets()
    {
        var snippets = new List<List<string>>();
        foreach (var type in new[] { FuzzType.Int, FuzzType.Int, FuzzType.Long, FuzzType.Double, FuzzType.Double, FuzzType.String, FuzzType.String, FuzzType.Char, FuzzType.Bool, R.Pick(FuzzType.SmallIntegers) })
        {
            if (R.Chance(25)) continue;
            var value = type.Kind switch
            {
                Kind.String => _c.Strings.Seed(),
                Kind.Bool => new Expr(R.Chance(50) ? "true" : "false", FuzzType.Bool, Facts.Unknown, true),
                _ => _c.Numbers.Seed(type),
            };
            snippets.Add(Declare(type, value, guarded: false));
        }
        for (var count = R.Between(3, 6); count > 0; count--)
        {
            var snippet = R.Weighted<Func<List<string>>>(
                (14, Print),
                (10, () => DeclareAny(Deep)),
                (5, MutateScalar),
                (6, MutateCollection),
                (4, Loop),
                (3, Branch),
                (3, Switch),
                (5, DataSnippet),
                (3, ObjectSnippet),
                (2, TryCatch),
                (2, LocalFunction),
                (2, () => _c.References.Snippet(Shallow)),
                (2, _c.IndexersAndEvents.Snippet),
                (2, _c.BaseMembers.Snippet),
                (2, _c.Structs.Snippet),
                (2, () => WrapAll(_c.TypeDefaults.Snippet(Shallow))),
                (2, _c.Iterators.Snippet))();
            snippets.Add(snippet);
        }
        return snippets;
    }

    private static List<string> Guard(string statement) => new() { $"try {{ {statement} }} {Catch}" };

    private string Display(int depth)
    {
        var value = Printable(depth);
        return R.Next(5) switch
        {
            0 => $"{Literal.String(R.Pick("v: ", "= ", ""))} + {value}",
            1 => $"$\"[{{({value})}}]\"",
            _ => value.Code,
        };
    }

    private Expr Printable(int depth) => R.Weighted<Func<Expr>>(
        (5, () => _c.Numbers.AnyNumber(depth)),
        (6, () => _c.Strings.String(depth)),
        (2, () => _c.Bools.Bool(depth)),
        (1, () => _c.Numbers.Char(depth)))();

    private List<string> Print()
    {
        if (R.Chance(15))
        {
            var (a, b) = (Printable(Deep), Printable(Deep));
            return Guard($"Console.WriteLine({Literal.String(R.Pick("{0}|{1}", "{1,6}{0}", "{0:D3}{1}", "{0}"))}, {a}, {b});".Replace("{0:D3}", a.Type.IsIntegral ? "{0:D3}" : "{0}"));
        }
        return Guard($"Console.WriteLine({Display(Deep)});");
    }

    /// <summary>A local of the type, its initial value computed in a try so that a throw leaves the fallback and the case goes on.</summary>
    private List<string> Declare(FuzzType type, Expr value, bool guarded)
    {
        var name = _c.Fresh(type.Kind switch { Kind.List => "list", Kind.Array => "array", Kind.Set => "set", Kind.Dictionary => "map", Kind.Named => "obj", _ => type.CSharp.Replace("?", "") });
        if (!guarded || Fallback(type) is not { } fallback)
        {
            _c.Declare(new Variable(name, type, value.Facts));
            // A string that may be null is declared string?, so that nothing trusts it not to be.
            var declared = type.Kind == Kind.Named ? "var" : value.Facts.MayBeNull && type.Kind == Kind.String ? "string?" : type.CSharp;
            return new List<string> { $"{declared} {name} = {value};" };
        }
        _c.Declare(new Variable(name, type, value.Facts.Union(fallback.Facts)));
        var spelled = value.Facts.MayBeNull && type.Kind == Kind.String ? "string?" : type.CSharp;
        return new List<string> { $"{spelled} {name} = {fallback};", $"try {{ {name} = {value}; }} {Catch}" };
    }

    /// <summary>The value a guarded local keeps when its initial value throws.</summary>
    private static Expr? Fallback(FuzzType type) => type.Kind switch
    {
        Kind.Int or Kind.Long or Kind.Short or Kind.Byte or Kind.SByte or Kind.UShort => new Expr("0", type, Facts.Exactly(0), true),
        Kind.Double => new Expr("0.0", type, Facts.ExactDouble(0), true),
        Kind.Char => new Expr("'-'", type, Facts.Exactly('-'), true),
        Kind.Bool => new Expr("false", type, Facts.Unknown, true),
        Kind.String => StringExpressions.Text(""),
        Kind.List => new Expr($"new {type}()", type, Facts.Sized(0, Facts.Of(type.Element!))),
        Kind.Array => new Expr($"new {type.Element}[0]", type, Facts.Sized(0, Facts.Of(type.Element!))),
        Kind.Set => new Expr($"new {type}()", type, Facts.Sized(0, Facts.Of(type.Element!))),
        Kind.Dictionary => new Expr($"new {type}()", type, Facts.Sized(0, Facts.Of(type.Element!))),
        _ => null,
    };

    private List<string> DeclareAny(int depth)
    {
        var type = R.Chance(55) ? R.Pick(Scalars) : _c.Collections.CollectionType();
        var value = _c.Of(type, depth);
        // A second name for a collection would let one change it behind the other's facts (its bounds, its removals).
        if (type.IsCollection && _c.Visible.Any(v => v.Name == value.Code)) value = _c.Collections.Created(type, depth);
        var snippet = Declare(type, value, guarded: true);
        if (R.Chance(50)) snippet.AddRange(Guard($"Console.WriteLine({Show(_c.Visible.Last())});"));
        return snippet;
    }

    /// <summary>A local's value as text: a collection joined, a dictionary's entries listed.</summary>
    private static string Show(Variable variable) => variable.Type.Kind switch
    {
        Kind.List or Kind.Array or Kind.Set when variable.Type.Element!.Kind == Kind.Named => $"JsonConvert.SerializeObject({variable.Name})",
        Kind.List or Kind.Array or Kind.Set => $"string.Join(\",\", {variable.Name})",
        Kind.Dictionary => $"string.Join(\";\", {variable.Name}.Select(kv => kv.Key + \"=\" + kv.Value))",
        _ => variable.Name,
    };

    private List<string> MutateScalar()
    {
        var candidates = _c.Visible.Where(v => Scalars.Contains(v.Type)).ToList();
        if (candidates.Count == 0) return Print();
        var variable = R.Pick(candidates);
        var name = variable.Name;
        var (statement, facts) = variable.Type.Kind switch
        {
            Kind.Int or Kind.Long => IntegerMutation(variable),
            Kind.Double => ($"{name} {R.Pick("+=", "-=", "*=", "/=", "%=")} {_c.Numbers.DoubleOperand(Shallow)};", Facts.Of(FuzzType.Double)),
            Kind.String => ($"{name} += {Printable(Shallow)};", Facts.Sized(Limits.MaxString)),
            Kind.Bool => (R.Chance(30) ? $"{name} = !{name};" : $"{name} {R.Pick("&=", "|=", "^=")} {_c.Bools.Bool(Shallow)};", Facts.Unknown),
            // char and the small types wrap when they pass their range: conversion semantics, not overflow.
            Kind.Char => (R.Chance(50) ? $"{name}{R.Pick("++", "--")};" : $"{name} = (char)({name} + {R.Between(-40, 40)});", Facts.Of(FuzzType.Char)),
            _ => (R.Next(3) switch
            {
                0 => $"{name}{R.Pick("++", "--")};",
                1 => $"{name} {R.Pick("+=", "-=", "*=", "&=", "|=", "^=")} {_c.Numbers.Small(variable.Type, Shallow)};",
                _ => $"{name} = ({variable.Type})({name} * {_c.Numbers.IntIn(-1000, 1000, Shallow)});",
            }, Facts.Of(variable.Type)),
        };
        if (statement is null) return Print();
        _c.Update(name, facts);
        var snippet = Guard(statement);
        snippet.AddRange(Guard($"Console.WriteLine({name});"));
        return snippet;
    }

    /// <summary>A compound assignment to an int or long whose result bounds stay within the type.</summary>
    private (string? Statement, Facts Facts) IntegerMutation(Variable variable)
    {
        var type = variable.Type;
        var f = variable.Facts;
        var value = type.Kind == Kind.Int ? _c.Numbers.Int(Shallow) : _c.Numbers.Long(Shallow);
        var op = R.Pick("+=", "-=", "*=", "/=", "%=", "++", "=");
        Int128[] corners = op switch
        {
            "+=" => new[] { f.Low + value.Facts.Low, f.High + value.Facts.High },
            "-=" => new[] { f.Low - value.Facts.High, f.High - value.Facts.Low },
            "*=" => new[] { f.Low * value.Facts.Low, f.Low * value.Facts.High, f.High * value.Facts.Low, f.High * value.Facts.High },
            "++" => new[] { f.Low + 1, f.High + 1 },
            "=" => new[] { value.Facts.Low, value.Facts.High },
            _ => new[] { -f.MaxMagnitude, f.MaxMagnitude },
        };
        if (op is "/=" or "%=")
        {
            var divisor = R.Pick(2, 3, -7, 10);
            return ($"{variable.Name} {op} {divisor};", Facts.Integer(-f.MaxMagnitude, f.MaxMagnitude));
        }
        var (low, high) = (corners.Min(), corners.Max());
        if (!Exclusions.Fits(type, low, high)) return (null, f);
        var statement = op == "++" ? $"{variable.Name}++;" : $"{variable.Name} {op} {value};";
        return (statement, Facts.Integer(low, high));
    }

    private List<string> MutateCollection()
    {
        var candidates = _c.Visible.Where(v => v.Type.IsCollection).ToList();
        if (candidates.Count == 0) return DeclareAny(Deep);
        var variable = R.Pick(candidates);
        var (name, type, facts) = (variable.Name, variable.Type, variable.Facts);
        var element = type.Element!;
        var elementFacts = facts.Element ?? Facts.Of(element);
        var value = _c.Collections.Element(element, Shallow);
        var grown = facts with { MaxCount = Math.Min(facts.MaxCount + 1, Limits.MaxCollection), Element = elementFacts.Union(value.Facts) };
        var index = _c.Numbers.Index(8, Shallow).Reusable(() => _c.Numbers.Index(8, 0));
        (string Statement, Facts Facts) mutation = type.Kind switch
        {
            Kind.List => R.Next(10) switch
            {
                0 or 1 => ($"{name}.Add({value});", grown),
                2 => ($"{name}.Insert(Math.Min({index}, {name}.Count), {value});", grown),
                // Remove compares data by value in .NET, by reference in JavaScript: refused (GAS1026), so not made.
                3 when element.Kind != Kind.Named => ($"Console.WriteLine({name}.Remove({value}));", facts),
                3 or 4 => ($"if ({index} < {name}.Count) {name}.RemoveAt({index});", facts),
                5 => ($"{name}.RemoveAll({_c.Lambda(element, elementFacts, _ => _c.Bools.Bool(Shallow), out _)});", facts),
                6 => (Sort(name, element, "{0}.Sort({1});"), facts),
                7 => ($"{name}.Reverse();", facts),
                8 => ($"if ({index} < {name}.Count) {name}[{index}] = {value};", grown with { MaxCount = facts.MaxCount }),
                _ => AddRange(name, element, facts, elementFacts),
            },
            Kind.Array => R.Next(4) switch
            {
                0 => ($"if ({index} < {name}.Length) {name}[{index}] = {value};", grown with { MaxCount = facts.MaxCount }),
                1 => (Sort(name, element, "Array.Sort({0}{2});"), facts),
                2 => ($"Array.Reverse({name});", facts),
                _ => ($"Array.Fill({name}, {value});", facts with { Element = value.Facts }),
            },
            // After a removal (Exclusions: Facts.Removed) a set or dictionary only loses entries, or is cleared.
            Kind.Set => (facts.Removed ? R.Pick(1, 3) : R.Next(5)) switch
            {
                0 => ($"Console.WriteLine({name}.Add({value}));", grown),
                1 => ($"Console.WriteLine({name}.Remove({value}));", facts with { Removed = true }),
                2 => ($"{name}.{R.Pick("IntersectWith", "ExceptWith")}({_c.Collections.Sequence(element, Shallow)});", facts with { Removed = true }),
                3 => ($"{name}.Clear();", facts with { MaxCount = 0, Removed = false }),
                _ => ($"{name}.UnionWith({_c.Collections.Sequence(element, Shallow)});", facts with { MaxCount = Limits.MaxCollection, Element = Facts.Of(element) }),
            },
            _ => (facts.Removed ? R.Pick(4, 5) : R.Next(6)) switch
            {
                0 or 1 => ($"{name}[{_c.Collections.Key(Shallow)}] = {value};", grown),
                2 => ($"{name}.Add({_c.Collections.Key(Shallow)}, {value});", grown),
                3 => ($"Console.WriteLine({name}.TryAdd({_c.Collections.Key(Shallow)}, {value}));", grown),
                4 => ($"Console.WriteLine({name}.Remove({_c.Collections.Key(Shallow)}));", facts with { Removed = true }),
                _ => ($"{name}.Clear();", facts with { MaxCount = 0, Removed = false }),
            },
        };
        _c.Update(name, mutation.Facts);
        var snippet = Guard(mutation.Statement);
        snippet.AddRange(Guard($"Console.WriteLine({Show(_c.Visible.First(v => v.Name == name))});"));
        return snippet;
    }

    /// <summary>
    /// A sort with a total order (README: List.Sort with a comparison is stable where .NET's may not be; with a
    /// total order stability cannot show). Doubles and data are not sorted: -0.0 and 0.0 compare equal but print apart.
    /// </summary>
    private string Sort(string name, FuzzType element, string pattern)
    {
        if (element.Kind is Kind.Double or Kind.Named) return $"Console.WriteLine({name}.Count());";
        var (a, b) = (_c.Fresh("a"), _c.Fresh("b"));
        // bool has no CompareTo in the subset (GAS2001): its lists sort by the default order only.
        var comparison = (element.Kind == Kind.Bool ? 0 : R.Next(3)) switch
        {
            0 => "",
            1 when element.Kind == Kind.String => $"({a}, {b}) => string.CompareOrdinal({b}, {a})",
            1 => $"({a}, {b}) => {b}.CompareTo({a})",
            _ when element.Kind == Kind.String => $"({a}, {b}) => {a}.Length != {b}.Length ? {a}.Length - {b}.Length : string.CompareOrdinal({a}, {b})",
            _ => $"({a}, {b}) => {a}.CompareTo({b})",
        };
        return string.Format(pattern, name, comparison, comparison.Length > 0 ? ", " + comparison : "");
    }

    private (string, Facts) AddRange(string name, FuzzType element, Facts facts, Facts elementFacts)
    {
        var other = _c.Collections.Sequence(element, Shallow);
        var after = facts with { MaxCount = Math.Min(facts.MaxCount + other.Facts.MaxCount, Limits.MaxCollection), Element = elementFacts.Union(other.Facts.Element ?? Facts.Of(element)) };
        return ($"{name}.AddRange({other});", after);
    }

    /// <summary>A for, foreach, while or do loop accumulating into a long or a string, with continue and break.</summary>
    private List<string> Loop()
    {
        var lines = new List<string>();
        var accumulator = _c.Fresh("acc");
        var isText = R.Chance(40);
        lines.Add(isText ? $"var {accumulator} = \"\";" : $"var {accumulator} = 0L;");
        var count = R.Between(0, 6);
        var kind = R.Next(4);
        var collections = _c.Visible.Where(v => v.Type.IsSequence && v.Type.Element!.Kind != Kind.Named).ToList();
        if (kind == 1 && collections.Count == 0) kind = 0;
        var loopVariable = _c.Fresh("i");
        string header;
        Variable inScope;
        switch (kind)
        {
            case 0:
                header = $"for (var {loopVariable} = 0; {loopVariable} < {count}; {loopVariable}++)";
                inScope = new Variable(loopVariable, FuzzType.Int, Facts.Integer(0, count));
                break;
            case 1:
                var collection = R.Pick(collections);
                header = $"foreach (var {loopVariable} in {collection.Name})";
                inScope = new Variable(loopVariable, collection.Type.Element!, collection.Facts.Element ?? Facts.Of(collection.Type.Element!));
                count = collection.Facts.MaxCount;
                break;
            default:
                lines.Add($"var {loopVariable} = 0;");
                header = kind == 2 ? $"while ({loopVariable} < {count})" : "do";
                inScope = new Variable(loopVariable, FuzzType.Int, Facts.Integer(0, count));
                break;
        }
        var body = _c.Nested(new[] { inScope }, () =>
        {
            var statements = new List<string>();
            // A while or do loop counts itself, so its continue must count first.
            if (R.Chance(25)) statements.Add($"if ({_c.Bools.Bool(Shallow)}) {(kind >= 2 ? $"{{ {loopVariable}++; continue; }}" : "continue;")}");
            if (isText)
            {
                statements.Add($"{accumulator} += {Printable(Shallow)};");
            }
            else
            {
                var step = _c.Numbers.Long(Shallow);
                var limit = Limits.LongMax / (Math.Max(count, 1) + 1);
                if (!step.Facts.Within(-limit, limit)) step = new Expr($"({step} % 1000)", FuzzType.Long, Facts.Integer(-999, 999));
                statements.Add($"{accumulator} += {step};");
            }
            if (R.Chance(20)) statements.Add($"if ({_c.Bools.Bool(Shallow)}) break;");
            if (kind >= 2) statements.Add($"{loopVariable}++;");
            return statements;
        });
        lines.Add(header);
        lines.Add("{");
        lines.AddRange(body.Select(s => "    " + s));
        lines.Add(kind == 3 ? $"}} while ({loopVariable} < {count});" : "}");
        lines.Add($"Console.WriteLine({accumulator});");
        return WrapAll(lines);
    }

    /// <summary>Several statements in one try, for snippets whose locals are not used after them.</summary>
    private static List<string> WrapAll(List<string> lines)
    {
        var result = new List<string> { "try", "{" };
        result.AddRange(lines.Select(l => "    " + l));
        result.Add("}");
        result.Add(Catch);
        return result;
    }

    private List<string> Branch()
    {
        var lines = new List<string> { $"if ({_c.Bools.Bool(Deep)})", "{", $"    Console.WriteLine({Display(Deep)});", "}" };
        if (R.Chance(40)) lines.AddRange(new[] { $"else if ({_c.Bools.Bool(Deep)})", "{", $"    Console.WriteLine({Display(Deep)});", "}" });
        if (R.Chance(60)) lines.AddRange(new[] { "else", "{", $"    Console.WriteLine({Display(Deep)});", "}" });
        return WrapAll(lines);
    }

    /// <summary>A switch statement (constant and relational cases, fall-through labels) or a switch expression with patterns.</summary>
    private List<string> Switch()
    {
        var isText = R.Chance(35);
        var subject = isText ? _c.Strings.String(Deep) : _c.Numbers.Int(Deep);
        string Constant() => isText ? Literal.String(R.Pick(_c.Strings.AllTexts)) : Literal.Int(R.Between(-5, 12));
        var lines = new List<string>();
        if (R.Chance(50))
        {
            lines.Add($"switch ({subject})");
            lines.Add("{");
            var used = new HashSet<string>();
            for (var arm = R.Between(1, 4); arm > 0; arm--)
            {
                var label = Constant();
                if (!used.Add(label)) continue;
                lines.Add($"    case {label}:");
                var second = Constant();
                if (R.Chance(30) && used.Add(second)) lines.Add($"    case {second}:");
                lines.Add($"        Console.WriteLine({Display(Shallow)});");
                lines.Add("        break;");
            }
            if (!isText && R.Chance(40)) lines.AddRange(new[] { $"    case > {R.Between(20, 40)}:", $"        Console.WriteLine({Display(Shallow)});", "        break;" });
            if (R.Chance(70)) lines.AddRange(new[] { "    default:", $"        Console.WriteLine({Display(Shallow)});", "        break;" });
            lines.Add("}");
            return WrapAll(lines);
        }
        // Arms in an order where none is subsumed by those before (a C# error): distinct constants, then a
        // range reaching past every constant, then a negation of a constant not yet used.
        var arms = new List<string>();
        var constants = isText
            ? _c.Strings.AllTexts.OrderBy(_ => R.Next(1000)).Take(R.Between(1, 3)).Select(Literal.String).ToList()
            : Enumerable.Range(-5, 18).OrderBy(_ => R.Next(1000)).Take(R.Between(1, 4)).Select(v => Literal.Int(v)).ToList();
        string Guarded() => R.Chance(15) ? $" when {_c.Bools.Bool(Shallow)}" : "";
        for (var i = 0; i < constants.Count; i++)
        {
            var pattern = !isText && i + 1 < constants.Count && R.Chance(30) ? $"{constants[i]} or {constants[++i]}" : constants[i];
            arms.Add($"{pattern}{Guarded()} => {StringExpressions.NonNull(_c.Strings.String(Shallow))}");
        }
        if (!isText && R.Chance(40)) arms.Add($"> {R.Between(-5, 12)} and < {R.Between(14, 60)}{Guarded()} => {StringExpressions.NonNull(_c.Strings.String(Shallow))}");
        if (!isText && R.Chance(25)) arms.Add($"not {Literal.Int(R.Between(100, 110))} => {StringExpressions.NonNull(_c.Strings.String(Shallow))}");
        // Without a discard arm an unmatched value throws SwitchExpressionException with the value in its message.
        if (R.Chance(70)) arms.Add($"_ => {StringExpressions.NonNull(_c.Strings.String(Shallow))}");
        lines.Add($"Console.WriteLine({subject} switch {{ {string.Join(", ", arms)} }});");
        return WrapAll(lines);
    }

    /// <summary>A DTO local, then its JSON, members and round trips printed.</summary>
    private List<string> DataSnippet()
    {
        if (_c.Data.AnyDataType(declare: true) is not { } type) return Print();
        var snippet = Declare(type, _c.Data.Of(type, Deep), guarded: false);
        for (var i = R.Between(1, 3); i > 0; i--)
        {
            var text = _c.Data.StringFrom(Deep) ?? _c.Strings.String(Deep);
            snippet.AddRange(Guard($"Console.WriteLine({text});"));
        }
        return snippet;
    }

    /// <summary>An instance typed as its class, base or interface; its state changed, its members and an operator's result printed.</summary>
    private List<string> ObjectSnippet()
    {
        if (_c.Members.AnyFamily(declare: true) is not { } family) return Print();
        var declared = R.Pick(family.TypeNames.ToList());
        var instance = _c.Members.NewInstance(family, Deep);
        var name = _c.Fresh("obj");
        var snippet = _c.StaticConstructors.BeforeFirstInstance(family).SelectMany(Guard).ToList();
        snippet.Add($"{declared} {name} = {instance};");
        _c.Declare(new Variable(name, FuzzType.NamedType(declared), Facts.Unknown));
        snippet.AddRange(Guard($"Console.WriteLine({name});"));
        if (declared == family.Concrete && R.Chance(60)) snippet.AddRange(Guard($"Console.WriteLine({_c.Members.Step(family, Shallow)});"));
        for (var i = R.Between(1, 3); i > 0; i--)
        {
            var value = _c.Members.ValueFrom(R.Pick(FuzzType.Int, FuzzType.String, FuzzType.Double, FuzzType.Bool, FuzzType.Long), Deep);
            if (value is not null) snippet.AddRange(Guard($"Console.WriteLine({value});"));
        }
        if (_c.Operators.ValueFrom(family, R.Pick(FuzzType.Int, FuzzType.Bool, FuzzType.String), Deep) is { } operation) snippet.AddRange(Guard($"Console.WriteLine({operation});"));
        snippet.AddRange(Guard($"Console.WriteLine({family.Concrete}.Created);"));
        return snippet;
    }

    /// <summary>try/catch/finally with a thrown exception, a typed catch with a pure when filter, and rethrow to the case's catch.</summary>
    private List<string> TryCatch()
    {
        var exception = R.Pick("InvalidOperationException", "ArgumentException", "FormatException", "NotSupportedException", "KeyNotFoundException");
        var message = StringExpressions.NonNull(_c.Strings.String(Shallow));
        var lines = new List<string>
        {
            "try",
            "{",
            $"    Console.WriteLine({Display(Shallow)});",
            $"    if ({_c.Bools.Bool(Shallow)}) throw new {exception}({message});",
            $"    Console.WriteLine({Display(Shallow)});",
            "}",
            $"catch ({exception} ex){(R.Chance(30) ? $" when (ex.Message.Length > {R.Between(0, 5)})" : "")}",
            "{",
            "    Console.WriteLine(\"caught \" + ex.Message);",
        };
        if (R.Chance(20)) lines.Add("    throw;");
        lines.Add("}");
        if (R.Chance(60)) lines.AddRange(new[] { "finally", "{", $"    Console.WriteLine({Literal.String("finally")});", "}" });
        return WrapAll(lines);
    }

    /// <summary>A local function over a parameter (and the locals it captures), called twice.</summary>
    private List<string> LocalFunction()
    {
        var name = _c.Fresh("Local");
        var parameter = new Variable(_c.Fresh("q"), FuzzType.Int, Facts.Integer(-1000, 1000));
        var result = R.Pick(FuzzType.Int, FuzzType.String, FuzzType.Double, FuzzType.Long);
        var body = _c.Nested(new[] { parameter }, () => result.Kind == Kind.String ? StringExpressions.NonNull(_c.Of(result, Deep)) : _c.Of(result, Deep));
        var lines = new List<string>
        {
            $"{result} {name}(int {parameter.Name}) => {body};",
            $"Console.WriteLine({name}({_c.Numbers.IntIn(-1000, 1000, Shallow)}));",
            $"Console.WriteLine({name}({_c.Numbers.IntIn(-1000, 1000, Shallow)}));",
        };
        return WrapAll(lines);
    }
}
