using System;
using System.Collections.Generic;
using System.Linq;

namespace AppsScript.Compiler.Tests.Fuzzing;

/// <summary>A local, parameter or member the generated code can read, with what is known of its value.</summary>
internal sealed record Variable(string Name, FuzzType Type, Facts Facts)
{
    public Expr Read => new(Name, Type, Facts);
}

/// <summary>
/// The state of generating one case: its random sequence (from the case's seed alone, so a case is the same in
/// any batch), the variables in scope, the type declarations it owns, and the expression generators of each
/// type family, which call each other through <see cref="Of"/>.
/// </summary>
internal sealed class CaseContext
{
    private readonly List<List<Variable>> _scopes = new() { new List<Variable>() };
    private int _names;
    private int _totalDepth;
    private int _lambdaDepth;

    public CaseContext(long seed)
    {
        Seed = seed;
        Random = new FuzzRandom(seed);
        Refusing = Random.Chance(4);
        Checked = Random.Chance(10);
        Unchecked = Random.Chance(25);
        OutOfRangeCasts = Random.Chance(25);
        Comparers = Random.Chance(10);
        ProtoKeys = Random.Chance(10);
        Deserializing = Random.Chance(60);
        JsonText = Random.Chance(40);
        Interfaces = Random.Chance(40);
        MayBeRefused = Refusing;
        Numbers = new NumericExpressions(this);
        Bools = new BoolExpressions(this);
        Strings = new StringExpressions(this);
        Collections = new CollectionExpressions(this);
        OrderingAndFormats = new OrderingAndFormatExpressions(this);
        Data = new DataGenerator(this);
        Members = new MemberGenerator(this);
        References = new ReferenceParameters(this);
        IndexersAndEvents = new IndexerAndEventGenerator(this);
        BaseMembers = new BaseMemberGenerator(this);
        TypeDefaults = new TypeParameterDefaults(this);
        RegexQueuesAndCodecs = new RegexQueueAndCodecExpressions(this);
        KeyedDictionaries = new KeyedDictionaryExpressions(this);
        OwnEqualityKeys = new OwnEqualityKeyExpressions(this);
        StaticConstructors = new StaticConstructorGenerator(this);
        InitialiserOrder = new InitialiserOrderGenerator(this);
        Operators = new OperatorGenerator(this);
        Iterators = new IteratorGenerator(this);
        Values = new ValueExpressions(this);
        Structs = new StructGenerator(this);
    }

    public long Seed { get; }

    // The families of constructs this case draws from, each drawn for the whole case. A family that is often
    // refused is in a few cases only, so that its refusals cost those cases and not nearly every batch.

    /// <summary>
    /// Constructs outside the subset now and then (decimal, uint, unchecked long arithmetic, unsupported formats),
    /// each to be refused with its code.
    /// </summary>
    public bool Refusing { get; }

    /// <summary><c>checked(a op b)</c> on ints, which throws OverflowException in both.</summary>
    public bool Checked { get; }

    /// <summary><c>unchecked(a op b)</c> whose int result wraps (a long one is refused, so only with <see cref="Refusing"/>).</summary>
    public bool Unchecked { get; }

    /// <summary>A cast of a NaN, infinite or out-of-range double to an integer type (.NET saturates).</summary>
    public bool OutOfRangeCasts { get; }

    /// <summary><c>new Dictionary&lt;string, V&gt;(StringComparer.X)</c> and <c>new HashSet&lt;string&gt;(..., StringComparer.X)</c>: Ordinal is the equality they have, OrdinalIgnoreCase compares keys and elements ignoring case.</summary>
    public bool Comparers { get; }

    /// <summary>"__proto__" as a dictionary key or set element.</summary>
    public bool ProtoKeys { get; }

    /// <summary><c>JsonConvert.DeserializeObject&lt;T&gt;</c> of the JSON a generated DTO serialised to.</summary>
    public bool Deserializing { get; }

    /// <summary>Deserialising JSON text written by the generator: keys in other cases and orders, unknown keys, nulls.</summary>
    public bool JsonText { get; }

    /// <summary>Plain data read through an interface it implements, its members renamed by [JsonProperty] or a naming strategy.</summary>
    public bool Interfaces { get; }

    /// <summary>
    /// Whether the case holds something the compiler may refuse: the oracle compiles such cases in batches of their
    /// own, so that a refusal, which compiles its batch again without the case, recompiles few others.
    /// </summary>
    public bool MayBeRefused { get; private set; }

    /// <summary>Notes that the case now holds something the compiler may refuse.</summary>
    public void Refusable() => MayBeRefused = true;

    public FuzzRandom Random { get; }

    public NumericExpressions Numbers { get; }

    public BoolExpressions Bools { get; }

    public StringExpressions Strings { get; }

    public CollectionExpressions Collections { get; }

    public OrderingAndFormatExpressions OrderingAndFormats { get; }

    public DataGenerator Data { get; }

    public MemberGenerator Members { get; }

    public ReferenceParameters References { get; }

    public TypeParameterDefaults TypeDefaults { get; }

    public IndexerAndEventGenerator IndexersAndEvents { get; }

    public BaseMemberGenerator BaseMembers { get; }

    public RegexQueueAndCodecExpressions RegexQueuesAndCodecs { get; }

    public StructGenerator Structs { get; }

    public KeyedDictionaryExpressions KeyedDictionaries { get; }

    public OwnEqualityKeyExpressions OwnEqualityKeys { get; }

    public StaticConstructorGenerator StaticConstructors { get; }

    public InitialiserOrderGenerator InitialiserOrder { get; }

    public OperatorGenerator Operators { get; }

    public IteratorGenerator Iterators { get; }

    public ValueExpressions Values { get; }

    /// <summary>
    /// Whether the code being generated must neither throw nor have effects: a lambda body (LINQ runs eagerly
    /// in JavaScript, so a .NET query that never calls a lambda for some element would not see its exception or
    /// effect: Exclusions.QueriesMaterialised) and a generated member body (which lambdas may call).
    /// </summary>
    public bool Total => _totalDepth > 0;

    /// <summary>
    /// Whether the code being generated is a lambda's body. No lambda goes inside another: Roslyn binds a lambda
    /// once per candidate overload (Sum and Select have many), so nested ones multiply the cost of a batch.
    /// </summary>
    public bool InLambda => _lambdaDepth > 0;

    private T InLambdaBody<T>(Func<T> body)
    {
        _lambdaDepth++;
        try
        {
            return Totally(body);
        }
        finally
        {
            _lambdaDepth--;
        }
    }

    public T Totally<T>(Func<T> body)
    {
        _totalDepth++;
        try
        {
            return body();
        }
        finally
        {
            _totalDepth--;
        }
    }

    /// <summary>Top-level declarations (records, classes, interfaces, enums) the case's code uses, each complete.</summary>
    public List<string> Declarations { get; } = new();

    /// <summary>A name no other local, parameter or type of the case has; type names carry the seed, as all cases of a batch share one file.</summary>
    public string Fresh(string prefix) => $"{prefix}{++_names}";

    public string FreshType(string prefix) => $"{prefix}{Seed}_{++_names}";

    public IEnumerable<Variable> Visible => _scopes.SelectMany(s => s);

    public void Declare(Variable variable) => _scopes[^1].Add(variable);

    /// <summary>Replaces what is known of a variable after an assignment.</summary>
    public void Update(string name, Facts facts)
    {
        for (var i = _scopes.Count - 1; i >= 0; i--)
        {
            var index = _scopes[i].FindIndex(v => v.Name == name);
            if (index < 0) continue;
            _scopes[i][index] = _scopes[i][index] with { Facts = facts };
            return;
        }
        throw new InvalidOperationException($"No variable {name} in scope.");
    }

    /// <summary>Runs <paramref name="body"/> with a nested scope (a lambda's parameters, a block's locals).</summary>
    public T Nested<T>(IEnumerable<Variable> variables, Func<T> body)
    {
        _scopes.Add(variables.ToList());
        try
        {
            return body();
        }
        finally
        {
            _scopes.RemoveAt(_scopes.Count - 1);
        }
    }

    /// <summary>
    /// Runs <paramref name="body"/> where only <paramref name="variables"/> are visible: a member body of a
    /// generated class, which cannot see the case's locals.
    /// </summary>
    public T Isolated<T>(IEnumerable<Variable> variables, Func<T> body)
    {
        var saved = _scopes.ToList();
        _scopes.Clear();
        _scopes.Add(variables.ToList());
        try
        {
            return body();
        }
        finally
        {
            _scopes.Clear();
            _scopes.AddRange(saved);
        }
    }

    /// <summary>
    /// A visible variable of exactly this type, or null. The innermost scope's (a lambda's parameter) is
    /// preferred, so that lambda bodies mostly depend on their parameter.
    /// </summary>
    public Variable? VariableOf(FuzzType type, Func<Variable, bool>? where = null)
    {
        bool Fits(Variable v) => v.Type == type && (where is null || where(v));
        if (_scopes.Count > 1 && Random.Chance(60))
        {
            var inner = _scopes[^1].Where(Fits).ToList();
            if (inner.Count > 0) return Random.Pick(inner);
        }
        var candidates = Visible.Where(Fits).ToList();
        return candidates.Count == 0 ? null : Random.Pick(candidates);
    }

    /// <summary>An expression of exactly the type; <paramref name="depth"/> bounds its nesting.</summary>
    public Expr Of(FuzzType type, int depth)
    {
        var expr = OfKind(type, depth);
        // A mislabelled type would make the C# bind another overload than the generator meant (or not compile).
        return expr.Type.NonNullable == type.NonNullable ? expr : throw new InvalidOperationException($"Generator bug: {expr} is a {expr.Type}, not a {type}.");
    }

    private Expr OfKind(FuzzType type, int depth) => type.Kind switch
    {
        Kind.Int => Numbers.Int(depth),
        Kind.Long => Numbers.Long(depth),
        Kind.Double => Numbers.Double(depth),
        Kind.Short or Kind.Byte or Kind.SByte or Kind.UShort => Numbers.Small(type, depth),
        Kind.Char => Numbers.Char(depth),
        Kind.Bool => Bools.Bool(depth),
        Kind.String => Strings.String(depth),
        Kind.List or Kind.Array or Kind.Set or Kind.Dictionary => Collections.Of(type, depth),
        Kind.Named => Data.Of(type, depth),
        _ => throw new InvalidOperationException($"No generator for {type}."),
    };

    /// <summary>
    /// A lambda of one parameter of the given type, its body an expression of <paramref name="result"/>'s making,
    /// generated <see cref="Total"/>.
    /// </summary>
    public string Lambda(FuzzType parameter, Facts facts, Func<Expr, Expr> result, out Expr body)
    {
        var name = Fresh("x");
        var variable = new Variable(name, parameter, facts);
        body = InLambdaBody(() => Nested(new[] { variable }, () => result(variable.Read)));
        return $"{name} => {body.Code}";
    }

    public string Lambda2(FuzzType first, Facts firstFacts, FuzzType second, Facts secondFacts, Func<Expr, Expr, Expr> result, out Expr body)
    {
        var a = new Variable(Fresh("x"), first, firstFacts);
        var b = new Variable(Fresh("y"), second, secondFacts);
        body = InLambdaBody(() => Nested(new[] { a, b }, () => result(a.Read, b.Read)));
        return $"({a.Name}, {b.Name}) => {body.Code}";
    }
}
