using System;
using System.Collections.Generic;
using System.Linq;

namespace AppsScript.Compiler.Tests.Fuzzing;

/// <summary>
/// An IEnumerable&lt;T&gt; query, not yet materialised: it never outlives its expression (Exclusions). Skipped marks
/// a Skip, after which .NET 10 fails to Concat, Append or Prepend (a .NET bug: Exclusions).
/// </summary>
internal sealed record Query(string Code, FuzzType Element, Facts Facts, bool Skipped = false);

/// <summary>
/// Lists, arrays, sets and string-keyed dictionaries, made by initialisers, constructors and LINQ, and the
/// scalars LINQ and the collection members read from them (counts, sums, extremes, searches, joins, JSON).
/// Facts.MaxCount bounds a collection's size and Facts.Element its elements, so sums stay within their type.
/// </summary>
internal sealed class CollectionExpressions
{
    private static readonly FuzzType[] ElementTypes = { FuzzType.Int, FuzzType.Long, FuzzType.Double, FuzzType.String, FuzzType.Char, FuzzType.Bool };

    private static readonly FuzzType[] ValueTypes = { FuzzType.Int, FuzzType.Long, FuzzType.Double, FuzzType.String, FuzzType.Bool };

    private static readonly FuzzType[] Keyable = { FuzzType.Int, FuzzType.Long, FuzzType.Double, FuzzType.String, FuzzType.Char, FuzzType.Bool };

    private readonly CaseContext _c;

    public CollectionExpressions(CaseContext context) => _c = context;

    private FuzzRandom R => _c.Random;

    /// <summary>An element type for a new collection: a scalar, now and then a generated data type.</summary>
    public FuzzType ElementType()
    {
        if (R.Chance(10) && _c.Data.AnyDataType(declare: false) is { } data) return data;
        return R.Pick(ElementTypes);
    }

    public FuzzType CollectionType()
    {
        var element = ElementType();
        return R.Weighted(
            (5, FuzzType.ListOf(element)),
            (3, FuzzType.ArrayOf(element)),
            (Exclusions.CanBeSetElement(element) ? 2 : 0, FuzzType.SetOf(element)),
            (2, FuzzType.DictionaryOf(R.Pick(ValueTypes))));
    }

    private Facts ElementFacts(Expr collection) => collection.Facts.Element ?? Facts.Of(collection.Type.Element!);

    /// <summary>
    /// An element value for a collection of the type; a string one is never null, as its element type says (the
    /// compiler trusts nullable annotations, so a null behind a non-nullable type is the program's own error).
    /// </summary>
    public Expr Element(FuzzType type, int depth)
    {
        var value = _c.Of(type, depth);
        return type.Kind == Kind.String ? StringExpressions.NonNull(value) : value;
    }

    // ---- collections ----

    public Expr Of(FuzzType type, int depth)
    {
        if (R.Chance(45) && _c.VariableOf(type) is { } variable) return variable.Read;
        if (depth <= 0 || R.Chance(40) || _c.InLambda) return Created(type, depth);
        if (type.Kind == Kind.Dictionary) return R.Chance(50) && !_c.Total ? ToDictionary(type, depth) : Created(type, depth);
        var query = Query(type.Element!, depth - 1);
        var facts = query.Facts;
        return type.Kind switch
        {
            Kind.List => new Expr(R.Chance(80) ? $"{query.Code}.ToList()" : $"new List<{type.Element}>({query.Code})", type, facts),
            Kind.Array => new Expr($"{query.Code}.ToArray()", type, facts),
            _ => new Expr(R.Chance(70) ? $"{query.Code}.ToHashSet()" : $"new HashSet<{type.Element}>({query.Code})", type, facts),
        };
    }

    /// <summary>An initialiser (or a constructor, or string members giving arrays) with literal contents.</summary>
    public Expr Created(FuzzType type, int depth)
    {
        var element = type.Element!;
        if (type.Kind == Kind.Dictionary) return DictionaryLiteral(type, depth);
        if (type.Kind == Kind.Array && element.Kind == Kind.String && R.Chance(25))
        {
            var text = StringExpressions.NonNull(_c.Strings.String(depth - 1));
            return new Expr($"{text}.Split({Literal.Char(R.Pick(',', ' ', 'a'))})", type, Facts.Sized(text.Facts.MaxCount + 1, Facts.Sized(text.Facts.MaxCount)));
        }
        if (type.Kind == Kind.Array && element.Kind == Kind.Char && R.Chance(25))
        {
            var text = StringExpressions.NonNull(_c.Strings.String(depth - 1));
            return new Expr($"{text}.ToCharArray()", type, Facts.Sized(text.Facts.MaxCount, Facts.Of(FuzzType.Char)));
        }
        var count = R.Chance(10) ? 0 : R.Between(1, 6);
        var values = Enumerable.Range(0, count).Select(_ => Element(element, depth - 1)).ToList();
        if (type.Kind == Kind.Set && _c.ProtoKeys && element.Kind == Kind.String && R.Chance(5)) values.Add(StringExpressions.Text("__proto__"));
        var facts = Facts.Sized(values.Count, values.Count == 0 ? Facts.Of(element) : values.Select(v => v.Facts).Aggregate((a, b) => a.Union(b)));
        var items = string.Join(", ", values.Select(v => v.Code));
        var code = type.Kind switch
        {
            Kind.List => count == 0 && R.Chance(50) ? $"new List<{element}>()" : $"new List<{element}> {{ {items} }}",
            // In parentheses, so that an index after it is not read as a jagged array's rank.
            Kind.Array => count == 0 ? $"(new {element}[0])" : $"(new {element}[] {{ {items} }})",
            _ => R.Chance(30) && count > 0 ? $"new HashSet<{element}>(new {element}[] {{ {items} }})" : $"new HashSet<{element}> {{ {items} }}",
        };
        if (type.Kind == Kind.Set && element.Kind == Kind.String && _c.Comparers && R.Chance(10))
        {
            code = $"new HashSet<string>(new string[] {{ {items} }}, StringComparer.{R.Pick("Ordinal", "OrdinalIgnoreCase")})";
        }
        return new Expr(code, type, facts);
    }

    /// <summary>A dictionary key: never null, never integer-like (Exclusions.DictionaryKeys).</summary>
    public Expr Key(int depth)
    {
        if (_c.ProtoKeys && R.Chance(3)) return StringExpressions.Text("__proto__");
        if (R.Chance(70)) return StringExpressions.Text(R.Pick(Exclusions.DictionaryKeys));
        var suffix = R.Chance(50) ? _c.Numbers.Int(depth - 1) : StringExpressions.NonNull(_c.Strings.String(depth - 1));
        return new Expr($"(\"k\" + {suffix})", FuzzType.String, Facts.Sized(Limits.MaxString));
    }

    private Expr DictionaryLiteral(FuzzType type, int depth)
    {
        var count = R.Chance(10) ? 0 : R.Between(1, 5);
        // The Add form throws for a repeated key, as Add does; the indexer form keeps the last value.
        var adds = R.Chance(50) && !_c.Total;
        var entries = Enumerable.Range(0, count).Select(_ => (Key: Key(depth - 1), Value: Element(type.Element!, depth - 1))).ToList();
        var facts = Facts.Sized(count, count == 0 ? Facts.Of(type.Element!) : entries.Select(e => e.Value.Facts).Aggregate((a, b) => a.Union(b)));
        var comparer = _c.Comparers && R.Chance(8) ? $"(StringComparer.{R.Pick("Ordinal", "OrdinalIgnoreCase")})" : "()";
        var code = adds
            ? $"new {type}{comparer} {{ {string.Join(", ", entries.Select(e => $"{{ {e.Key}, {e.Value} }}"))} }}"
            : $"new {type}{comparer} {{ {string.Join(", ", entries.Select(e => $"[{e.Key}] = {e.Value}"))} }}";
        if (count == 0) code = $"new {type}{comparer}";
        return new Expr(code, type, facts);
    }

    /// <summary>ToDictionary from a sequence, keyed by a prefixed key of each element (a repeated key throws in both).</summary>
    private Expr ToDictionary(FuzzType type, int depth)
    {
        var source = Sequence(R.Pick(Keyable), depth - 1);
        var element = source.Type.Element!;
        var key = _c.Lambda(element, ElementFacts(source), x => new Expr($"(\"k\" + {Keyed(x, depth)})", FuzzType.String, Facts.Sized(Limits.MaxString)), out _);
        var value = _c.Lambda(element, ElementFacts(source), _ => Element(type.Element!, depth - 1), out var body);
        return new Expr($"{source}.ToDictionary({key}, {value})", type, Facts.Sized(source.Facts.MaxCount, body.Facts));
    }

    /// <summary>The text of a key derived from a value: the value itself, or a short function of it.</summary>
    private string Keyed(Expr value, int depth) => value.Type.Kind switch
    {
        Kind.Int when R.Chance(50) => $"({value} % 3)",
        Kind.String when R.Chance(50) => $"{value}.Length",
        _ => value.Code,
    };

    /// <summary>A list, array or set of the element type.</summary>
    public Expr Sequence(FuzzType element, int depth)
    {
        var kind = Exclusions.CanBeSetElement(element) ? R.Pick(Kind.List, Kind.List, Kind.Array, Kind.Set) : R.Pick(Kind.List, Kind.Array);
        return Of(new FuzzType(kind, element), depth);
    }

    /// <summary>Any visible collection, or a new one, for a scalar read from it.</summary>
    private Expr AnySequence(int depth, Func<FuzzType, bool>? element = null)
    {
        var visible = _c.Visible.Where(v => v.Type.IsSequence && (element is null || element(v.Type.Element!))).ToList();
        if (visible.Count > 0 && R.Chance(60)) return R.Pick(visible).Read;
        var candidates = ElementTypes.Where(t => element is null || element(t)).ToList();
        return Sequence(R.Pick(candidates), depth);
    }

    // ---- queries ----

    /// <summary>A query whose elements are of the type: a source, then one to three operators.</summary>
    public Query Query(FuzzType element, int depth)
    {
        var query = Source(element, depth);
        for (var steps = R.Between(1, 3); steps > 0; steps--)
        {
            query = R.Weighted<Func<Query, Query>>(
                (6, q => Where(q, depth)),
                (5, q => Select(q, depth)),
                (4, q => Ordered(q, depth)),
                // Distinct compares data by value in .NET, by reference in JavaScript: refused (GAS1028), so not made.
                (element.Kind == Kind.Named ? 0 : 2, q => new Query($"{q.Code}.Distinct()", q.Element, q.Facts)),
                (4, q => Partitioned(q, depth)),
                (4, q => Combined(q, depth)))(query);
        }
        return query;
    }

    /// <summary>Where a query starts: a collection, a projection of another element type, or a generator.</summary>
    private Query Source(FuzzType element, int depth)
    {
        var maker = R.Weighted<Func<Query?>>(
            (10, () =>
            {
                var source = Sequence(element, depth - 1);
                return new Query(source.Code, element, source.Facts with { Element = ElementFacts(source) });
            }),
            (4, () => SelectFrom(element, depth)),
            (element.Kind == Kind.Int ? 2 : 0, () => Range(depth)),
            (1, () => Repeated(element, depth)),
            (2, () => SelectMany(element, depth)),
            (2, () => Zipped(element, depth)),
            (3, () => Grouped(element, depth)),
            (element.Kind is Kind.Int or Kind.String ? 2 : 0, () => Chunked(element, depth)),
            (element.Kind == Kind.String || element == FuzzType.Int ? 2 : 0, () => FromDictionary(element, depth)),
            (element.Kind == Kind.Char ? 2 : 0, () => FromString(depth)));
        return maker() ?? SelectFrom(element, depth);
    }

    private Query Where(Query q, int depth)
    {
        var indexed = R.Chance(15);
        string lambda;
        if (indexed)
        {
            lambda = _c.Lambda2(q.Element, q.Facts.Element!, FuzzType.Int, Facts.Integer(0, q.Facts.MaxCount), (_, _) => _c.Bools.Bool(depth - 1), out _);
        }
        else
        {
            lambda = _c.Lambda(q.Element, q.Facts.Element!, _ => _c.Bools.Bool(depth - 1), out _);
        }
        return new Query($"{q.Code}.Where({lambda})", q.Element, q.Facts);
    }

    /// <summary>A Select into the element type, from a sequence of any element type.</summary>
    private Query SelectFrom(FuzzType element, int depth)
    {
        var source = Sequence(R.Pick(ElementTypes), depth - 1);
        var lambda = _c.Lambda(source.Type.Element!, ElementFacts(source), _ => Element(element, depth - 1), out var body);
        return new Query($"{source}.Select({lambda})", element, Facts.Sized(source.Facts.MaxCount, body.Facts));
    }

    /// <summary>A Select from the query's elements to new ones of the same type, now and then with the index.</summary>
    private Query Select(Query q, int depth)
    {
        Expr body;
        var lambda = R.Chance(15)
            ? _c.Lambda2(q.Element, q.Facts.Element!, FuzzType.Int, Facts.Integer(0, q.Facts.MaxCount), (_, _) => Element(q.Element, depth - 1), out body)
            : _c.Lambda(q.Element, q.Facts.Element!, _ => Element(q.Element, depth - 1), out body);
        return new Query($"{q.Code}.Select({lambda})", q.Element, Facts.Sized(q.Facts.MaxCount, body.Facts));
    }

    private Query Ordered(Query q, int depth)
    {
        if (R.Chance(25) && q.Element.Kind != Kind.Named) return new Query($"{q.Code}.{R.Pick("Order", "OrderDescending")}()", q.Element, q.Facts);
        var first = _c.Lambda(q.Element, q.Facts.Element!, _ => _c.Of(R.Pick(Keyable), depth - 1), out _);
        var code = $"{q.Code}.{R.Pick("OrderBy", "OrderByDescending")}({first})";
        if (R.Chance(40))
        {
            var then = _c.Lambda(q.Element, q.Facts.Element!, _ => _c.Of(R.Pick(Keyable), depth - 1), out _);
            code += $".{R.Pick("ThenBy", "ThenByDescending")}({then})";
        }
        return new Query(code, q.Element, q.Facts);
    }

    private Query Partitioned(Query q, int depth)
    {
        var count = _c.Numbers.IntIn(R.Chance(90) ? 0 : -2, 8, depth - 1);
        var member = R.Pick("Take", "Skip", "TakeLast", "SkipLast", "TakeWhile", "SkipWhile");
        if (member.EndsWith("While", StringComparison.Ordinal))
        {
            var lambda = _c.Lambda(q.Element, q.Facts.Element!, _ => _c.Bools.Bool(depth - 1), out _);
            return new Query($"{q.Code}.{member}({lambda})", q.Element, q.Facts, q.Skipped || member == "SkipWhile");
        }
        return new Query($"{q.Code}.{member}({count})", q.Element, q.Facts, q.Skipped || member.StartsWith("Skip", StringComparison.Ordinal));
    }

    private Query Combined(Query q, int depth)
    {
        switch (R.Next(4))
        {
            case 0:
            {
                // After a Skip, .NET 10 fails to Concat too (Exclusions); data has Concat only (the others compare by value).
                var members = (q.Element.Kind == Kind.Named ? new[] { "Concat" } : new[] { "Concat", "Union", "Intersect", "Except" })
                    .Where(m => !(q.Skipped && m == "Concat")).ToList();
                if (members.Count == 0) return q;
                var other = Sequence(q.Element, depth - 1);
                var member = R.Pick(members);
                return new Query($"{q.Code}.{member}({other})", q.Element, Facts.Sized(q.Facts.MaxCount + other.Facts.MaxCount, q.Facts.Element!.Union(ElementFacts(other))));
            }
            case 1 when !q.Skipped:
            {
                var value = Element(q.Element, depth - 1);
                return new Query($"{q.Code}.{R.Pick("Append", "Prepend")}({value})", q.Element, Facts.Sized(q.Facts.MaxCount + 1, q.Facts.Element!.Union(value.Facts)));
            }
            case 1:
                return q;
            case 2:
                // List<T> has a void Reverse of its own: the LINQ one by its static form.
                return new Query($"Enumerable.Reverse({q.Code})", q.Element, q.Facts);
            default:
            {
                if (q.Element.Kind == Kind.Named) return q;
                var key = _c.Lambda(q.Element, q.Facts.Element!, _ => _c.Of(R.Pick(Keyable), depth - 1), out _);
                return new Query($"{q.Code}.DistinctBy({key})", q.Element, q.Facts);
            }
        }
    }

    private Query Range(int depth)
    {
        var start = _c.Numbers.IntIn(-100, 100, depth - 1);
        var count = _c.Numbers.IntIn(R.Chance(95) || _c.Total ? 0 : -1, 12, depth - 1);
        return new Query($"Enumerable.Range({start}, {count})", FuzzType.Int, Facts.Sized(12, Facts.Integer(-100, 112)));
    }

    private Query Repeated(FuzzType element, int depth)
    {
        var value = Element(element, depth - 1);
        var count = _c.Numbers.IntIn(R.Chance(95) || _c.Total ? 0 : -1, 6, depth - 1);
        return new Query($"Enumerable.Repeat({value}, {count})", element, Facts.Sized(6, value.Facts));
    }

    private Query SelectMany(FuzzType element, int depth)
    {
        var source = Sequence(R.Pick(ElementTypes), depth - 1);
        var lambda = _c.Lambda(source.Type.Element!, ElementFacts(source), _ =>
        {
            var inner = Created(FuzzType.ListOf(element), depth - 1);
            return inner;
        }, out var body);
        return new Query($"{source}.SelectMany({lambda})", element, Facts.Sized((int)Math.Min((long)source.Facts.MaxCount * body.Facts.MaxCount, Limits.MaxCollection), body.Facts.Element));
    }

    private Query Zipped(FuzzType element, int depth)
    {
        var first = Sequence(R.Pick(ElementTypes), depth - 1);
        var second = Sequence(R.Pick(ElementTypes), depth - 1);
        var lambda = _c.Lambda2(first.Type.Element!, ElementFacts(first), second.Type.Element!, ElementFacts(second), (_, _) => Element(element, depth - 1), out var body);
        return new Query($"{first}.Zip({second}, {lambda})", element, Facts.Sized(Math.Min(first.Facts.MaxCount, second.Facts.MaxCount), body.Facts));
    }

    /// <summary>GroupBy, then each group made into an element: its key and count, or its first element.</summary>
    private Query? Grouped(FuzzType element, int depth)
    {
        var source = Sequence(R.Pick(Keyable), depth - 1);
        var sourceElement = source.Type.Element!;
        var keyType = R.Pick(Keyable);
        var key = _c.Lambda(sourceElement, ElementFacts(source), _ => _c.Of(keyType, depth - 1), out _);
        var group = _c.Fresh("g");
        var (selector, facts) = element.Kind switch
        {
            Kind.String => ($"{group} => {group}.Key + \":\" + {group}.Count()", Facts.Sized(Limits.MaxString)),
            Kind.Int => ($"{group} => {group}.Count()", Facts.Integer(1, source.Facts.MaxCount)),
            _ when element == sourceElement => ($"{group} => {group}.{R.Pick("First", "Last")}()", ElementFacts(source)),
            _ => (null, null),
        };
        if (selector is null) return null;
        return new Query($"{source}.GroupBy({key}).Select({selector})", element, Facts.Sized(source.Facts.MaxCount, facts));
    }

    private Query Chunked(FuzzType element, int depth)
    {
        var source = Sequence(R.Pick(Keyable), depth - 1);
        var size = _c.Numbers.IntIn(R.Chance(95) || _c.Total ? 1 : 0, 4, depth - 1);
        var chunk = _c.Fresh("chunk");
        var selector = element.Kind == Kind.Int ? $"{chunk} => {chunk}.Length" : $"{chunk} => string.Join(\"+\", {chunk})";
        var facts = element.Kind == Kind.Int ? Facts.Integer(0, 4) : Facts.Sized(Limits.MaxString);
        return new Query($"{source}.Chunk({size}).Select({selector})", element, Facts.Sized(source.Facts.MaxCount, facts));
    }

    private Query FromDictionary(FuzzType element, int depth)
    {
        var valueType = element.Kind == Kind.String ? R.Pick(ValueTypes) : FuzzType.Int;
        var dictionary = Of(FuzzType.DictionaryOf(valueType), depth - 1);
        var pair = _c.Fresh("kv");
        if (element.Kind == Kind.String)
        {
            var code = R.Next(3) switch
            {
                0 => $"{dictionary}.Keys",
                1 => $"{dictionary}.Select({pair} => {pair}.Key + \"=\" + {pair}.Value)",
                _ => $"{dictionary}.Where({pair} => {pair}.Key.Length > {R.Between(0, 2)}).Select({pair} => {pair}.Key)",
            };
            return new Query(code, element, Facts.Sized(dictionary.Facts.MaxCount, Facts.Sized(Limits.MaxString)));
        }
        return new Query($"{dictionary}.Values", element, Facts.Sized(dictionary.Facts.MaxCount, ElementFacts(dictionary)));
    }

    private Query FromString(int depth)
    {
        var text = StringExpressions.NonNull(_c.Strings.String(depth - 1));
        var unit = _c.Fresh("ch");
        var code = R.Next(3) switch
        {
            0 => $"{text}.Where(char.{R.Pick("IsLetter", "IsDigit", "IsUpper", "IsWhiteSpace")})",
            1 => $"{text}.Select({unit} => char.{R.Pick("ToUpper", "ToLowerInvariant")}({unit}))",
            _ => $"{text}.Distinct()",
        };
        return new Query(code, FuzzType.Char, Facts.Sized(text.Facts.MaxCount, Facts.Of(FuzzType.Char)));
    }

    // ---- scalars read from collections ----

    public Expr? IntFrom(int depth)
    {
        if (_c.InLambda) return null;
        var source = AnySequence(depth - 1);
        var element = source.Type.Element!;
        var facts = ElementFacts(source);
        var count = Facts.Integer(0, source.Facts.MaxCount);
        switch (R.Next(9))
        {
            case 0:
                return new Expr($"{source}.{(source.Type.Kind == Kind.Array ? "Length" : "Count")}", FuzzType.Int, count);
            case 1:
            {
                var predicate = _c.Lambda(element, facts, _ => _c.Bools.Bool(depth - 1), out _);
                return new Expr(R.Chance(70) ? $"{source}.Count({predicate})" : $"{source}.Count()", FuzzType.Int, count);
            }
            case 2 when element.Kind == Kind.Int:
            {
                var sum = Facts.Integer(source.Facts.MaxCount * Int128.Min(facts.Low, 0), source.Facts.MaxCount * Int128.Max(facts.High, 0));
                // Enumerable.Sum of ints is checked in .NET: only where it cannot overflow.
                return Exclusions.Fits(FuzzType.Int, sum.Low, sum.High) ? new Expr($"{source}.Sum()", FuzzType.Int, sum) : null;
            }
            // Max and Min of an empty sequence throw: not in total code.
            case 3 when element.Kind == Kind.Int && !_c.Total:
                return new Expr($"{source}.{R.Pick("Max", "Min")}()", FuzzType.Int, facts);
            case 3 when !_c.Total:
                return Extreme(source, depth);
            case 4:
            {
                var value = Element(element, depth - 1);
                return source.Type.Kind switch
                {
                    Kind.List => new Expr($"{source}.{R.Pick("IndexOf", "LastIndexOf")}({value})", FuzzType.Int, Facts.Integer(-1, source.Facts.MaxCount)),
                    Kind.Array => new Expr($"Array.{R.Pick("IndexOf", "LastIndexOf")}({source}, {value})", FuzzType.Int, Facts.Integer(-1, source.Facts.MaxCount)),
                    _ => null,
                };
            }
            case 5 when source.Type.Kind == Kind.List:
            {
                var predicate = _c.Lambda(element, facts, _ => _c.Bools.Bool(depth - 1), out _);
                return new Expr($"{source}.FindIndex({predicate})", FuzzType.Int, Facts.Integer(-1, source.Facts.MaxCount));
            }
            case 6 when element.Kind == Kind.Int:
                return ElementOf(source, depth);
            case 7:
                return FromDictionaryValue(FuzzType.Int, depth);
            case 8 when element.Kind == Kind.Int:
            {
                // A rolling hash stays below the modulus, so nothing overflows whatever the elements.
                if (!facts.Within(-1_000_000_000, 1_000_000_000)) return null;
                var lambda = _c.Lambda2(FuzzType.Int, Facts.Integer(-1000002, 1000002), FuzzType.Int, facts, (acc, x) => new Expr($"(({acc} % 1000003) + {x} % 1000)", FuzzType.Int, Facts.Unknown), out _);
                return new Expr($"{source}.Aggregate({R.Between(0, 10)}, {lambda})", FuzzType.Int, Facts.Integer(-2000000, 2000000));
            }
            default:
                return null;
        }
    }

    /// <summary>Max or Min of a selector's values (empty sequences throw InvalidOperationException in both).</summary>
    private Expr Extreme(Expr source, int depth)
    {
        var element = source.Type.Element!;
        var lambda = _c.Lambda(element, ElementFacts(source), _ => _c.Numbers.Int(depth - 1), out var body);
        return new Expr($"{source}.{R.Pick("Max", "Min")}({lambda})", FuzzType.Int, body.Facts);
    }

    /// <summary>An element by position or predicate, guarded where the position could be past the end.</summary>
    private Expr ElementOf(Expr source, int depth)
    {
        var element = source.Type.Element!;
        var facts = ElementFacts(source);
        // First, Last, Single and MaxBy throw for an empty (or, Single, a longer) sequence: total code uses the OrDefault forms.
        var choice = _c.Total ? R.Pick(2, 3) : R.Next(5);
        // Indexing writes the source twice, and a set has no indexer.
        if (choice == 3 && (source.Type.Kind == Kind.Set || !source.Duplicable)) choice = 2;
        switch (choice)
        {
            case 0:
                return new Expr($"{source}.{R.Pick("First", "Last", "Single", "FirstOrDefault", "LastOrDefault", "SingleOrDefault")}()", element, facts.Union(Facts.Exactly(0)));
            case 1:
            {
                var predicate = _c.Lambda(element, facts, _ => _c.Bools.Bool(depth - 1), out _);
                return new Expr($"{source}.{R.Pick("First", "Last", "Single", "FirstOrDefault", "LastOrDefault", "SingleOrDefault")}({predicate})", element, facts.Union(Facts.Exactly(0)));
            }
            case 2:
            {
                var index = _c.Numbers.Index(8, depth - 1);
                return new Expr($"{source}.ElementAtOrDefault({index})", element, facts.Union(Facts.Exactly(0)));
            }
            case 3:
            {
                var index = _c.Numbers.Index(8, depth - 1).Reusable(() => _c.Numbers.Index(8, 0));
                var fallback = Element(element, depth - 1);
                return new Expr(Exclusions.Guarded(source, source.Type.Kind == Kind.Array ? "Length" : "Count", index, fallback.Code), element, facts.Union(fallback.Facts));
            }
            default:
            {
                var key = _c.Lambda(element, facts, _ => _c.Of(R.Pick(Keyable), depth - 1), out _);
                return new Expr($"{source}.{R.Pick("MaxBy", "MinBy")}({key})", element, facts);
            }
        }
    }

    /// <summary>A dictionary read: the indexer (KeyNotFoundException for a missing key), GetValueOrDefault or TryGetValue.</summary>
    private Expr FromDictionaryValue(FuzzType valueType, int depth)
    {
        var dictionary = Of(FuzzType.DictionaryOf(valueType), depth - 1);
        var key = Key(depth - 1);
        var fallback = Element(valueType, depth - 1);
        var facts = ElementFacts(dictionary).Union(fallback.Facts).Union(Facts.Exactly(0));
        // The indexer throws KeyNotFoundException for a missing key: not in total code.
        switch (_c.Total ? R.Between(1, 3) : R.Next(4))
        {
            case 0:
                return new Expr($"{dictionary}[{key}]", valueType, facts);
            case 1:
                return new Expr($"{dictionary}.GetValueOrDefault({key}, {fallback})", valueType, facts);
            case 2:
            {
                var name = _c.Fresh("found");
                return new Expr($"({dictionary}.TryGetValue({key}, out var {name}) ? {name} : {fallback})", valueType, facts);
            }
            default:
                return new Expr(valueType.Kind == Kind.String ? $"({dictionary}.GetValueOrDefault({key}) ?? \"?\")" : $"{dictionary}.GetValueOrDefault({key})", valueType, facts);
        }
    }

    public Expr? LongFrom(int depth)
    {
        if (_c.InLambda) return null;
        var source = AnySequence(depth - 1, e => e.Kind is Kind.Int or Kind.Long);
        var facts = ElementFacts(source);
        var sum = Facts.Integer(source.Facts.MaxCount * Int128.Min(facts.Low, 0), source.Facts.MaxCount * Int128.Max(facts.High, 0));
        if (!Exclusions.Fits(FuzzType.Long, sum.Low, sum.High)) return null;
        var unit = _c.Fresh("n");
        return R.Next(3) switch
        {
            0 => new Expr(source.Type.Element!.Kind == Kind.Long ? $"{source}.Sum()" : $"{source}.Sum({unit} => (long){unit})", FuzzType.Long, sum),
            1 => new Expr($"{source}.LongCount()", FuzzType.Long, Facts.Integer(0, source.Facts.MaxCount)),
            _ => source.Type.Element!.Kind == Kind.Long && !_c.Total ? new Expr($"{source}.{R.Pick("Max", "Min")}()", FuzzType.Long, facts) : new Expr($"{source}.LongCount()", FuzzType.Long, Facts.Integer(0, source.Facts.MaxCount)),
        };
    }

    public Expr? DoubleFrom(int depth)
    {
        if (_c.InLambda) return null;
        var source = AnySequence(depth - 1, e => e.Kind is Kind.Int or Kind.Long or Kind.Double);
        var element = source.Type.Element!;
        var facts = ElementFacts(source);
        // Average of integers sums exactly in .NET (a long); in JavaScript only while the sum stays below 2^53.
        if (element.Kind != Kind.Double && facts.MaxMagnitude * source.Facts.MaxCount > Limits.LongMax) return null;
        var unit = _c.Fresh("v");
        // Average, Max and Min of an empty sequence throw: total code only sums.
        if (_c.Total) return element.Kind == Kind.Double ? new Expr($"{source}.Sum()", FuzzType.Double, Facts.Of(FuzzType.Double)) : null;
        return R.Next(5) switch
        {
            0 when element.Kind == Kind.Double => new Expr($"{source}.Sum()", FuzzType.Double, Facts.Of(FuzzType.Double)),
            1 when Exclusions.CanAverage(element) => new Expr($"{source}.Average()", FuzzType.Double, Facts.Of(FuzzType.Double)),
            2 when element.Kind == Kind.Double => new Expr($"{source}.{R.Pick("Max", "Min")}()", FuzzType.Double, facts),
            3 when Exclusions.CanAverage(element) => new Expr($"{source}.Average({unit} => {unit} * 0.5)", FuzzType.Double, Facts.Of(FuzzType.Double)),
            4 when element.Kind == Kind.Double => FromDictionaryValue(FuzzType.Double, depth),
            _ => null,
        };
    }

    public Expr? BoolFrom(int depth)
    {
        if (_c.InLambda) return null;
        var source = AnySequence(depth - 1);
        var element = source.Type.Element!;
        var facts = ElementFacts(source);
        switch (R.Next(7))
        {
            case 0:
                return new Expr($"{source}.Any()", FuzzType.Bool, Facts.Unknown);
            case 1:
            {
                var predicate = _c.Lambda(element, facts, _ => _c.Bools.Bool(depth - 1), out _);
                var member = source.Type.Kind == Kind.List ? R.Pick("Any", "All", "Exists", "TrueForAll") : R.Pick("Any", "All");
                return new Expr($"{source}.{member}({predicate})", FuzzType.Bool, Facts.Unknown);
            }
            case 2 when element.Kind != Kind.Named:
                return new Expr($"{source}.Contains({Element(element, depth - 1)})", FuzzType.Bool, Facts.Unknown);
            case 3 when element.Kind != Kind.Named:
            {
                var other = Sequence(element, depth - 1);
                return new Expr($"{source}.SequenceEqual({other})", FuzzType.Bool, Facts.Unknown);
            }
            case 4 when source.Type.Kind == Kind.Set:
            {
                var other = Sequence(element, depth - 1);
                return new Expr($"{source}.{R.Pick("SetEquals", "IsSubsetOf", "IsSupersetOf", "Overlaps")}({other})", FuzzType.Bool, Facts.Unknown);
            }
            case 5:
            {
                var dictionary = Of(FuzzType.DictionaryOf(R.Pick(ValueTypes)), depth - 1);
                return new Expr(R.Chance(70) ? $"{dictionary}.ContainsKey({Key(depth - 1)})" : $"{dictionary}.ContainsValue({Element(dictionary.Type.Element!, depth - 1)})", FuzzType.Bool, Facts.Unknown);
            }
            case 6 when element.Kind == Kind.Bool:
                return ElementOf(source, depth);
            default:
                return null;
        }
    }

    public Expr? StringFrom(int depth)
    {
        if (_c.InLambda) return null;
        switch (R.Next(6))
        {
            case 0:
            case 1:
            {
                var source = AnySequence(depth - 1, e => e.Kind != Kind.Named);
                return new Expr($"string.Join({_c.Strings.Separator()}, {source})", FuzzType.String, Facts.Sized(Limits.MaxString));
            }
            case 2:
            {
                var query = Query(R.Pick(ElementTypes), depth - 1);
                return new Expr($"string.Join({_c.Strings.Separator()}, {query.Code})", FuzzType.String, Facts.Sized(Limits.MaxString));
            }
            case 3:
            {
                var source = AnySequence(depth - 1, e => e.Kind == Kind.String);
                return ElementOf(source, depth) is { } element ? StringExpressions.NonNull(element with { Facts = element.Facts with { MayBeNull = true } }) : null;
            }
            case 4:
            {
                var collection = Of(R.Pick(FuzzType.ListOf(R.Pick(FuzzType.Int, FuzzType.String, FuzzType.Bool, FuzzType.Long, FuzzType.Char)), FuzzType.DictionaryOf(R.Pick(FuzzType.Int, FuzzType.String, FuzzType.Bool))), depth - 1);
                var indented = R.Chance(30) ? ", Formatting.Indented" : "";
                return new Expr($"JsonConvert.SerializeObject({collection}{indented})", FuzzType.String, Facts.Sized(Limits.MaxString));
            }
            default:
                return FromDictionaryValue(FuzzType.String, depth);
        }
    }
}
