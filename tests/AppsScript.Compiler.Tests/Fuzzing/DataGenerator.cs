using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AppsScript.Compiler.Tests.Fuzzing;

/// <summary>A member of generated plain data: its C# name and type, and the key [JsonProperty] gives it, if any.</summary>
internal sealed record DataMember(string Name, FuzzType Type, string? JsonName);

/// <summary>A generated DTO: a positional record, a record or a class of auto-properties; maybe behind an interface.</summary>
internal sealed class DataType
{
    public required string Name { get; init; }
    public required List<DataMember> Members { get; init; }
    public required bool Positional { get; init; }
    public required bool IsRecord { get; init; }

    /// <summary>Every member nullable or a reference, as DeserializeObject needs (else GAS3001), and so its nested data too.</summary>
    public required bool Deserializable { get; init; }

    public string? NamingStrategy { get; init; }

    /// <summary>An interface it implements, of some of its members (read-only).</summary>
    public string? Interface { get; init; }

    public List<DataMember> InterfaceMembers { get; init; } = new();

    public FuzzType Type => FuzzType.NamedType(Name);
}

/// <summary>A generated enum and its members' values.</summary>
internal sealed record EnumType(string Name, IReadOnlyList<(string Member, int Value)> Members, bool Flags)
{
    public FuzzType Type => FuzzType.NamedType(Name);
}

/// <summary>
/// Plain data and JSON: DTO declarations (positional records, records and classes of auto-properties,
/// [JsonProperty] keys, naming strategies, nested data, lists, dictionaries and enums as members, interfaces
/// over them), instances made by constructors, initialisers and <c>with</c>, members read back (through the
/// interface too), and JSON: SerializeObject with its options, round trips through DeserializeObject, and
/// JSON text written here in other key orders and cases, with unknown keys and nulls.
/// </summary>
internal sealed class DataGenerator
{
    private static readonly string[] MemberNames = { "Name", "Count", "Id", "Title", "IsActive", "Tags", "Items", "Score", "Label", "Kind", "Child", "Initial", "Total", "AddedAt", "owner_id", "URL", "Values" };

    private static readonly string[] Strategies = { "CamelCaseNamingStrategy", "SnakeCaseNamingStrategy", "KebabCaseNamingStrategy", "DefaultNamingStrategy" };

    private readonly CaseContext _c;
    private readonly List<DataType> _types = new();
    private readonly List<EnumType> _enums = new();

    public DataGenerator(CaseContext context) => _c = context;

    private FuzzRandom R => _c.Random;

    public bool IsEnum(FuzzType type) => _enums.Any(e => e.Name == type.Name);

    private DataType? Find(FuzzType type) => _types.FirstOrDefault(t => t.Name == type.NonNullable.Name);

    /// <summary>
    /// A generated data type: an existing one, or, when <paramref name="declare"/>, a new one (at most two a case).
    /// Only statements declare: an expression that finds none reads something else, which keeps cases small.
    /// </summary>
    public FuzzType? AnyDataType(bool declare)
    {
        if (_types.Count > 0 && (R.Chance(60) || _types.Count >= 2 || !declare)) return R.Pick(_types).Type;
        return _types.Count >= 2 || !declare ? null : Declare(R.Chance(70), 0).Type;
    }

    /// <summary>Declares a DTO: a deserializable one has only nullable or reference members (as GAS3001 requires).</summary>
    private DataType Declare(bool deserializable, int nesting)
    {
        var name = _c.FreshType("Dto");
        var names = MemberNames.OrderBy(_ => R.Next(1000)).Take(R.Between(1, 5)).ToList();
        var members = new List<DataMember>();
        foreach (var memberName in names)
        {
            var type = MemberType(deserializable, nesting);
            var jsonName = R.Chance(20) ? R.Pick("snake_" + memberName.ToLowerInvariant(), memberName.ToLowerInvariant(), "x-" + memberName, "\u00e9" + memberName) : null;
            members.Add(new DataMember(memberName, type, jsonName));
        }
        var positional = R.Chance(40);
        var data = new DataType
        {
            Name = name,
            Members = members,
            Positional = positional,
            IsRecord = positional || R.Chance(40),
            Deserializable = deserializable,
            NamingStrategy = R.Chance(20) ? R.Pick(Strategies) : null,
        };
        if (_c.Interfaces && R.Chance(30))
        {
            data = new DataType
            {
                Name = data.Name, Members = data.Members, Positional = data.Positional, IsRecord = data.IsRecord, Deserializable = data.Deserializable,
                NamingStrategy = data.NamingStrategy, Interface = "I" + name,
                InterfaceMembers = members.Where(_ => R.Chance(70)).DefaultIfEmpty(members[0]).ToList(),
            };
        }
        _types.Add(data);
        _c.Declarations.Add(Declaration(data));
        return data;
    }

    private FuzzType MemberType(bool deserializable, int nesting)
    {
        var type = R.Weighted(
            (6, FuzzType.String),
            (5, FuzzType.Int),
            (2, FuzzType.Long),
            (3, FuzzType.Bool),
            (1, FuzzType.Char),
            (2, FuzzType.ListOf(FuzzType.Int)),
            (2, FuzzType.ListOf(FuzzType.String)),
            (1, FuzzType.ArrayOf(FuzzType.String)),
            (2, FuzzType.DictionaryOf(R.Pick(FuzzType.Int, FuzzType.String))),
            (nesting < 1 && _types.Count < 2 ? 2 : 0, FuzzType.Bool with { Name = "nested" }),
            (1, FuzzType.Bool with { Name = "enum" }),
            (2, FuzzType.Double));
        // A char has no JSON form both sides share: data holding one is refused (GAS3005) once it is written or read.
        if (type.Kind == Kind.Char) _c.Refusable();
        if (type.Name == "nested") type = Declare(deserializable, nesting + 1).Type;
        else if (type.Name == "enum") type = DeclareEnum().Type;
        var valueType = type.IsValueType || IsEnum(type);
        // Reference types are nullable in deserializable data (a missing key leaves null); value types too, where Newtonsoft may leave a default.
        // A non-nullable reference member needs an initialiser, which DeserializeObject would skip (GAS3002).
        return valueType ? (deserializable || R.Chance(30) ? type.AsNullable() : type) : deserializable || R.Chance(85) ? type.AsNullable() : type;
    }

    private EnumType DeclareEnum()
    {
        var flags = R.Chance(25);
        var values = flags ? new[] { 0, 1, 2, 4, 8 } : new[] { 0, 1, 2, 5, 10 };
        var names = new[] { "None", "First", "Second", "Third", "Other" };
        var members = names.Zip(values).Take(R.Between(2, 5)).ToList();
        var type = new EnumType(_c.FreshType("Kind"), members, flags);
        _enums.Add(type);
        var body = string.Join(", ", members.Select(m => $"{m.First} = {m.Second}"));
        _c.Declarations.Add($"{(flags ? "[Flags]\n" : "")}public enum {type.Name} {{ {body} }}");
        return type;
    }

    private string Declaration(DataType data)
    {
        var text = new StringBuilder();
        if (data.Interface is { } name)
        {
            text.Append($"public interface {name}\n{{\n");
            foreach (var member in data.InterfaceMembers) text.Append($"    {member.Type} {member.Name} {{ get; }}\n");
            text.Append("}\n\n");
        }
        if (data.NamingStrategy is { } strategy) text.Append($"[JsonObject(NamingStrategyType = typeof({strategy}))]\n");
        var implements = data.Interface is null ? "" : $" : {data.Interface}";
        if (data.Positional)
        {
            var parameters = data.Members.Select(m => (m.JsonName is null ? "" : $"[property: JsonProperty({Literal.String(m.JsonName)})] ") + $"{m.Type} {m.Name}");
            text.Append($"public record {data.Name}({string.Join(", ", parameters)}){implements};");
            return text.ToString();
        }
        text.Append($"public {(data.IsRecord ? "record" : "class")} {data.Name}{implements}\n{{\n");
        foreach (var member in data.Members)
        {
            if (member.JsonName is not null) text.Append($"    [JsonProperty({Literal.String(member.JsonName)})]\n");
            // Newtonsoft reads init and set accessors alike; records get either.
            text.Append($"    public {member.Type} {member.Name} {{ get; {(data.IsRecord && R.Chance(50) ? "init" : "set")}; }}{DefaultFor(member)}\n");
        }
        text.Append('}');
        return text.ToString();
    }

    /// <summary>A non-nullable reference member needs a value: string.Empty or an empty collection.</summary>
    private static string DefaultFor(DataMember member)
    {
        if (member.Type.Nullable || member.Type.IsValueType) return "";
        return member.Type.Kind switch
        {
            Kind.String => " = \"\";",
            Kind.List => $" = new {member.Type}();",
            Kind.Array => $" = new {member.Type.Element}[0];",
            Kind.Dictionary => $" = new {member.Type}();",
            _ => "",
        };
    }

    // ---- values ----

    /// <summary>An instance of a generated data type, or an enum value.</summary>
    public Expr Of(FuzzType type, int depth)
    {
        if (_enums.FirstOrDefault(e => e.Name == type.Name) is { } enumType) return EnumValue(enumType, depth);
        var data = Find(type) ?? throw new InvalidOperationException($"Generator bug: no data type {type}.");
        if (R.Chance(40) && _c.VariableOf(data.Type) is { } variable) return variable.Read;
        if (depth > 0 && data.IsRecord && R.Chance(15))
        {
            var source = Of(data.Type, depth - 1);
            var member = R.Pick(data.Members);
            return new Expr($"({source} with {{ {member.Name} = {MemberValue(member.Type, depth - 1)} }})", data.Type, Facts.Unknown);
        }
        if (depth > 0 && data.Deserializable && _c.Deserializing && R.Chance(10))
        {
            return new Expr($"JsonConvert.DeserializeObject<{data.Name}>(JsonConvert.SerializeObject({Of(data.Type, depth - 1)}))!", data.Type, Facts.Unknown);
        }
        return Created(data, depth);
    }

    private Expr Created(DataType data, int depth)
    {
        if (data.Positional)
        {
            var named = R.Chance(30);
            var arguments = data.Members.Select(m => (named ? m.Name + ": " : "") + MemberValue(m.Type, depth - 1).Code);
            return new Expr($"new {data.Name}({string.Join(", ", arguments)})", data.Type, Facts.Unknown);
        }
        var set = data.Members.Where(_ => R.Chance(75)).Select(m => $"{m.Name} = {MemberValue(m.Type, depth - 1)}");
        return new Expr($"new {data.Name} {{ {string.Join(", ", set)} }}", data.Type, Facts.Unknown);
    }

    private Expr EnumValue(EnumType type, int depth)
    {
        return R.Next(4) switch
        {
            0 when type.Flags => new Expr($"({type.Name}.{type.Members[^1].Member} | {type.Name}.{R.Pick(type.Members).Member})", type.Type, Facts.Unknown),
            1 => new Expr($"(({type.Name}){_c.Numbers.IntIn(-1, 12, depth - 1)})", type.Type, Facts.Unknown),
            _ => new Expr($"{type.Name}.{R.Pick(type.Members).Member}", type.Type, Facts.Unknown),
        };
    }

    /// <summary>A value for a member: nullable ones are null now and then.</summary>
    private Expr MemberValue(FuzzType type, int depth)
    {
        if (type.Nullable && R.Chance(20)) return new Expr("null", type, Facts.Unknown, true);
        var core = type.NonNullable;
        if (core.Kind == Kind.Named) return Of(core, depth);
        var value = _c.Of(core, Math.Max(depth, 0));
        return core.Kind == Kind.String && !type.Nullable ? StringExpressions.NonNull(value) : value;
    }

    /// <summary>A member of the type read from an instance (or through its interface); a nullable one with a fallback.</summary>
    public Expr? ValueFrom(FuzzType type, int depth)
    {
        if (type.Kind == Kind.String && R.Chance(30) && EnumMember(depth) is { } name) return name;
        var candidates = _types.SelectMany(t => t.Members.Select(m => (Data: t, Member: m))).Where(p => p.Member.Type.NonNullable == type).ToList();
        if (candidates.Count == 0 || depth <= 0) return null;
        var (data, member) = R.Pick(candidates);
        var instance = Of(data.Type, depth - 1);
        var receiver = instance.Code;
        if (data.Interface is not null && data.InterfaceMembers.Contains(member) && R.Chance(60)) receiver = $"(({data.Interface}){receiver})";
        var read = $"{receiver}.{member.Name}";
        if (!member.Type.Nullable) return new Expr(read, type, Facts.Of(type));
        var fallback = _c.Of(type, 0);
        return new Expr($"({read} ?? {fallback})", type, Facts.Of(type).Union(fallback.Facts));
    }

    /// <summary>An enum member of an instance, as text: its name, or its number when no member has that value.</summary>
    private Expr? EnumMember(int depth)
    {
        var candidates = _types.SelectMany(t => t.Members.Select(m => (Data: t, Member: m))).Where(p => IsEnum(p.Member.Type.NonNullable)).ToList();
        if (candidates.Count == 0 || depth <= 0) return null;
        var (data, member) = R.Pick(candidates);
        return new Expr($"$\"{{({Of(data.Type, depth - 1)}.{member.Name})}}\"", FuzzType.String, Facts.Sized(40));
    }

    /// <summary>JSON text of generated data (or a record's ToString): serialised with options, round-tripped, or read from written text.</summary>
    public Expr? StringFrom(int depth)
    {
        if (depth <= 0) return null;
        var type = AnyDataType(declare: false);
        if (type is null) return null;
        var data = Find(type)!;
        var value = Of(type, depth - 1);
        var subject = R.Chance(20) ? $"new List<{data.Name}> {{ {value}, {Of(type, depth - 1)} }}" : value.Code;
        var options = R.Next(5) switch
        {
            0 => ", Formatting.Indented",
            1 => ", new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore }",
            2 => ", Formatting.Indented, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore }",
            _ => "",
        };
        var json = $"JsonConvert.SerializeObject({subject}{options})";
        if (data.Deserializable && _c.Deserializing && R.Chance(30))
        {
            json = $"JsonConvert.SerializeObject(JsonConvert.DeserializeObject<{data.Name}>(JsonConvert.SerializeObject({value})){options})";
        }
        else if (data.Deserializable && _c.JsonText && R.Chance(25))
        {
            json = $"JsonConvert.SerializeObject(JsonConvert.DeserializeObject<{data.Name}>({Literal.String(Text(data, 0))}){options})";
        }
        else if (data.IsRecord && _c.Refusing && R.Chance(20))
        {
            // A record's generated ToString is refused (GAS1021).
            json = $"{value}.ToString()";
        }
        return new Expr(json, FuzzType.String, Facts.Sized(Limits.MaxString));
    }

    /// <summary>
    /// JSON text for a data type as another program might write it: keys in any order and now and then in
    /// another case (Newtonsoft matches case-insensitively), unknown keys of every JSON kind, nulls, missing keys.
    /// </summary>
    private string Text(DataType data, int nesting)
    {
        var entries = new List<string>();
        foreach (var member in data.Members.OrderBy(_ => R.Next(100)))
        {
            if (R.Chance(15)) continue;
            var key = Key(data, member);
            if (R.Chance(15)) key = R.Chance(50) ? key.ToUpperInvariant() : key.ToLowerInvariant();
            entries.Add($"{JsonString(key)}:{(R.Chance(15) ? "null" : JsonValue(member.Type.NonNullable, nesting))}");
        }
        if (R.Chance(30)) entries.Insert(R.Next(entries.Count + 1), $"\"extra\":{R.Pick("1", "\"x\"", "[1,2]", "{\"a\":null}", "true", "1.5")}");
        return "{" + string.Join(",", entries) + "}";
    }

    /// <summary>The key Newtonsoft writes for a member: [JsonProperty], else the naming strategy's form of the name.</summary>
    private static string Key(DataType data, DataMember member)
    {
        if (member.JsonName is not null) return member.JsonName;
        return data.NamingStrategy switch
        {
            "CamelCaseNamingStrategy" => new Newtonsoft.Json.Serialization.CamelCaseNamingStrategy().GetPropertyName(member.Name, false),
            "SnakeCaseNamingStrategy" => new Newtonsoft.Json.Serialization.SnakeCaseNamingStrategy().GetPropertyName(member.Name, false),
            "KebabCaseNamingStrategy" => new Newtonsoft.Json.Serialization.KebabCaseNamingStrategy().GetPropertyName(member.Name, false),
            _ => member.Name,
        };
    }

    private string JsonValue(FuzzType type, int nesting)
    {
        if (IsEnum(type)) return R.Pick("0", "1", "5");
        if (Find(type) is { } nested) return nesting < 2 ? Text(nested, nesting + 1) : "null";
        return type.Kind switch
        {
            Kind.String => JsonString(R.Pick(_c.Strings.AllTexts)),
            Kind.Int => R.Pick("0", "-7", "42", "2147483647", "-2147483648"),
            Kind.Long => R.Pick("0", "9007199254740991", "-12", "3000000000"),
            Kind.Bool => R.Pick("true", "false"),
            Kind.Double => R.Pick("0", "1.0", "-0.0", "2.5", "-3", "1E+20", "1e-7", "\"NaN\"", "\"-Infinity\"", "\"4.5\""),
            Kind.Char => JsonString(R.Pick("a", "\u00e9", "\"", "Z")),
            Kind.List or Kind.Array => "[" + string.Join(",", Enumerable.Range(0, R.Between(0, 3)).Select(_ => JsonValue(type.Element!, nesting))) + "]",
            Kind.Dictionary => "{" + string.Join(",", new[] { "a", "Key", "k\u00e9", "b" }.Take(R.Between(0, 4)).Select(k => $"{JsonString(k)}:{JsonValue(type.Element!, nesting)}")) + "}",
            _ => "null",
        };
    }

    private static string JsonString(string text) => Newtonsoft.Json.JsonConvert.ToString(text);
}
