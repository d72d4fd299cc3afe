using System;
using System.Linq;
using AppsScript.Compiler.Tests.Infrastructure;
using Xunit;

namespace AppsScript.Compiler.Tests.Diagnostics;

/// <summary>
/// The errors of the date, JSON and nullable area: each snippet is compiled inside a program and must give the
/// code at the start of the marked text, where .NET and Apps Script would otherwise differ.
/// </summary>
public sealed class DatesJsonNullableDiagnosticsTests
{
    private const string Usings = "using System; using System.Collections.Generic; using System.Globalization; using AppsScript.Interop; using Newtonsoft.Json; using Newtonsoft.Json.Serialization;\n";

    /// <summary>Compiles the declarations and Main's body, and asserts the code is reported where <paramref name="at"/> first occurs.</summary>
    internal static void AssertReported(string code, string at, string body, string declarations = "")
    {
        var source = Usings + declarations + "\n[GlobalFunctions]\npublic static class Program\n{\n    public static void Main()\n    {\n        " + body + "\n    }\n}\n";
        var index = source.IndexOf(at, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{at}' is not in the source.");
        var line = source[..index].Count(c => c == '\n');
        var column = index - (source.LastIndexOf('\n', Math.Max(0, index - 1)) + 1);
        var result = AppsScriptCompiler.Compile(TestCompilation.Create(source));
        var found = result.Diagnostics.Where(d => d.Id == code).Select(d => d.Location.GetLineSpan().StartLinePosition).ToList();
        Assert.True(found.Any(p => p.Line == line && p.Character == column),
            $"Expected {code} at {line + 1}:{column + 1}; got: {string.Join("; ", result.Diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan().StartLinePosition} {d.GetMessage()}"))}");
    }

    [Theory]
    [InlineData("DateTime.Now", "var d = DateTime.Now;")]
    [InlineData("DateTime.Today", "var d = DateTime.Today;")]
    [InlineData("DateTime.Parse", "var d = DateTime.Parse(\"2026-01-01T00:00:00Z\");")]
    [InlineData("DateTime.TryParse", "DateTime.TryParse(\"2026-01-01\", out var d);")]
    [InlineData("new DateTime(2026, 1, 1)", "var d = new DateTime(2026, 1, 1);")]
    [InlineData("new DateTime(2026, 1, 1, 0, 0, 0)", "var d = new DateTime(2026, 1, 1, 0, 0, 0);")]
    [InlineData("new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Local)", "var d = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Local);")]
    [InlineData("DateTime.UtcNow.Kind", "var k = DateTime.UtcNow.Kind;")]
    [InlineData("DateTime.SpecifyKind", "var d = DateTime.SpecifyKind(DateTime.UtcNow, DateTimeKind.Utc);")]
    [InlineData("DateTime.UtcNow.ToLocalTime()", "var d = DateTime.UtcNow.ToLocalTime();")]
    [InlineData("DateTime.UtcNow.ToUniversalTime()", "var d = DateTime.UtcNow.ToUniversalTime();")]
    [InlineData("CultureInfo.CurrentCulture", "var s = DateTime.UtcNow.ToString(\"o\", CultureInfo.CurrentCulture);")]
    [InlineData("DateTimeOffset.Now", "var d = DateTimeOffset.Now;")]
    [InlineData("DateTimeOffset.UtcNow.Offset", "var o = DateTimeOffset.UtcNow.Offset;")]
    [InlineData("DateTimeOffset.UtcNow.DateTime", "var d = DateTimeOffset.UtcNow.DateTime;")]
    [InlineData("DateTimeOffset.UtcNow.LocalDateTime", "var d = DateTimeOffset.UtcNow.LocalDateTime;")]
    [InlineData("DateTimeOffset.UtcNow.Year", "var y = DateTimeOffset.UtcNow.Year;")]
    [InlineData("DateTimeOffset.UtcNow.AddMonths(1)", "var d = DateTimeOffset.UtcNow.AddMonths(1);")]
    [InlineData("DateTimeOffset.Parse(\"2026-01-01T10:00:00+02:00\").ToString(\"o\")", "var s = DateTimeOffset.Parse(\"2026-01-01T10:00:00+02:00\").ToString(\"o\");")]
    [InlineData("parsed}", "var parsed = DateTimeOffset.Parse(\"2026-01-01T10:00:00+02:00\"); var s = $\"{parsed}\";")]
    [InlineData("now.ToString(\"zzz\")", "var now = DateTimeOffset.UtcNow; var s = now.ToString(\"zzz\");")]
    [InlineData("CultureInfo.CurrentCulture", "var d = DateTimeOffset.Parse(\"2026-01-01T00:00:00Z\", CultureInfo.CurrentCulture);")]
    public void Local_and_offset_dependent_members_are_GAS2003(string at, string body) => AssertReported("GAS2003", at, body);

    [Theory]
    [InlineData("DateTime.UtcNow.ToString(\"X\")", "var s = DateTime.UtcNow.ToString(\"X\");")]
    [InlineData("DateTime.UtcNow.ToString(\"HH:mm zzz\")", "var s = DateTime.UtcNow.ToString(\"HH:mm zzz\");")]
    [InlineData("DateTime.UtcNow.ToString(\"%z\")", "var s = DateTime.UtcNow.ToString(\"%z\");")]
    [InlineData("DateTime.UtcNow.ToString(\"ss.ffffffff\")", "var s = DateTime.UtcNow.ToString(\"ss.ffffffff\");")]
    [InlineData("DateTime.UtcNow.ToString(\"'unclosed\")", "var s = DateTime.UtcNow.ToString(\"'unclosed\");")]
    [InlineData("DateTime.UtcNow.ToString(\"yyyy\\\\\")", "var s = DateTime.UtcNow.ToString(\"yyyy\\\\\");")]
    [InlineData("DateTime.UtcNow.ToString(\"dd%%\")", "var s = DateTime.UtcNow.ToString(\"dd%%\");")]
    [InlineData("TimeSpan.Zero.ToString(\"x\")", "var s = TimeSpan.Zero.ToString(\"x\");")]
    [InlineData("DateTimeOffset.UtcNow.ToString(\"U\")", "var s = DateTimeOffset.UtcNow.ToString(\"U\");")]
    [InlineData("TimeSpan.Zero.ToString(\"hh:mm\")", "var s = TimeSpan.Zero.ToString(\"hh:mm\");")]
    [InlineData("TimeSpan.Zero.ToString(\"hhh\")", "var s = TimeSpan.Zero.ToString(\"hhh\");")]
    [InlineData("TimeSpan.Zero.ToString(\"ddddddddd\")", "var s = TimeSpan.Zero.ToString(\"ddddddddd\");")]
    [InlineData("DateTimeStyles.AssumeLocal", "var d = DateTimeOffset.Parse(\"2026-01-01\", CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal);")]
    public void Unsupported_formats_and_styles_are_GAS2002(string at, string body) => AssertReported("GAS2002", at, body);

    [Fact]
    public void A_format_that_is_not_constant_is_GAS2005() =>
        AssertReported("GAS2005", "DateTime.UtcNow.ToString(format)", "var format = \"o\"; var s = DateTime.UtcNow.ToString(format);");

    [Fact]
    public void An_initialiser_JSON_skips_is_GAS3002() =>
        AssertReported("GAS3002", "Tags", "var t = JsonConvert.DeserializeObject<Dto>(\"{}\");", "public class Dto { public List<string>? Tags { get; set; } = new(); }");

    [Theory]
    [InlineData("At", "var s = JsonConvert.SerializeObject(new Dto(DateTime.UtcNow));", "public record Dto(DateTime At);")]
    [InlineData("Wait", "var t = JsonConvert.DeserializeObject<Dto>(\"{}\");", "public record Dto(TimeSpan? Wait);")]
    [InlineData("JsonConvert.SerializeObject(days)", "var days = new List<DateTimeOffset>(); var s = JsonConvert.SerializeObject(days);", "")]
    public void A_date_in_JSON_is_GAS3004(string at, string body, string declarations) => AssertReported("GAS3004", at, body, declarations);

    [Theory]
    [InlineData("Ids", "public record Dto(HashSet<string>? Ids);")]
    [InlineData("Pair", "public record Dto((int, string)? Pair);")]
    [InlineData("Bytes", "public record Dto(byte[]? Bytes);")]
    [InlineData("ByPair", "public record Dto(Dictionary<(int, int), string>? ByPair);")]
    [InlineData("ByScore", "public record Dto(Dictionary<double, string>? ByScore);")]
    [InlineData("ByDay", "public record Dto(Dictionary<DateTime, string>? ByDay);")]
    [InlineData("Key", "public record Dto(Guid? Key);")]
    [InlineData("Extra", "public record Dto(Dictionary<string, object>? Extra);")]
    [InlineData("Score", "public record Dto(object? Score);")]
    public void A_member_without_a_shared_JSON_form_is_GAS3005(string at, string declarations) =>
        AssertReported("GAS3005", at, "var s = JsonConvert.SerializeObject(new Dto(null));", declarations);

    [Theory]
    [InlineData("ByScore", "public record Dto(Dictionary<double, string>? ByScore);")]
    [InlineData("ByDay", "public record Dto(Dictionary<DateTime, string>? ByDay);")]
    [InlineData("ByMaybe", "public record Dto(Dictionary<int?, string>? ByMaybe);")]
    [InlineData("ByPair", "public record Dto(Dictionary<(int, int), string>? ByPair);")]
    public void Reading_a_dictionary_of_keys_Newtonsoft_reads_otherwise_is_GAS3005(string at, string declarations) =>
        AssertReported("GAS3005", at, "var d = JsonConvert.DeserializeObject<Dto>(\"{}\");", declarations);

    [Theory]
    [InlineData("Owner", "public class Person { public string Name() => \"x\"; } public record Dto(Person? Owner);")]
    [InlineData("Shape)", "public interface IShape { } public record Dto(IShape? Shape);")]
    public void A_member_that_is_not_plain_data_is_GAS3006(string at, string declarations) =>
        AssertReported("GAS3006", at, "var s = JsonConvert.SerializeObject(new Dto(null));", declarations);

    [Theory]
    [InlineData("Hidden", "var s = JsonConvert.SerializeObject(new Dto());", "public class Dto { [JsonIgnore] public string? Hidden { get; set; } }")]
    [InlineData("Name", "var s = JsonConvert.SerializeObject(new Dto());", "public class Dto { [JsonProperty(\"n\", Required = Required.Always)] public string? Name { get; set; } }")]
    [InlineData("Dto", "var s = JsonConvert.SerializeObject(new Dto());", "[JsonObject(MemberSerialization.OptIn)] public class Dto { public string? Name { get; set; } }")]
    [InlineData("Name { get", "var s = JsonConvert.SerializeObject(new Dto());", "public class Dto { [System.Text.Json.Serialization.JsonPropertyName(\"n\")] public string? Name { get; set; } }")]
    [InlineData("Mode", "var s = JsonConvert.SerializeObject(new Dto(Mode.On));", "[JsonConverter(typeof(Newtonsoft.Json.Converters.StringEnumConverter))] public enum Mode { Off, On } public record Dto(Mode Value);")]
    [InlineData("MaxDepth", "var s = JsonConvert.SerializeObject(1, new JsonSerializerSettings { MaxDepth = 3 });", "")]
    [InlineData("settings)", "var settings = new JsonSerializerSettings(); var s = JsonConvert.SerializeObject(1, settings);", "")]
    [InlineData("formatting)", "var formatting = Formatting.Indented; var s = JsonConvert.SerializeObject(1, formatting);", "")]
    [InlineData("JsonConvert.DeserializeObject(\"1\")", "var o = JsonConvert.DeserializeObject(\"1\");", "")]
    [InlineData("JsonConvert.DeserializeObject<int>(\"1\", new JsonSerializerSettings())", "var o = JsonConvert.DeserializeObject<int>(\"1\", new JsonSerializerSettings());", "")]
    [InlineData("JsonConvert.SerializeObject(map, new JsonSerializerSettings", "var map = new Dictionary<string, string?> { [\"a\"] = null }; var s = JsonConvert.SerializeObject(map, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });", "")]
    public void Options_and_attributes_Newtonsoft_applies_otherwise_are_GAS3007(string at, string body, string declarations) =>
        AssertReported("GAS3007", at, body, declarations);

    [Fact]
    public void Two_members_with_one_key_are_GAS3009() =>
        AssertReported("GAS3009", "Second", "", "public class Dto { [JsonProperty(\"k\")] public string? First { get; set; } [JsonProperty(\"k\")] public string? Second { get; set; } }");

    [Theory]
    [InlineData("Secret", "var s = JsonConvert.SerializeObject(new Dto());", "public class Dto { public string? Secret { private get; set; } }")]
    [InlineData("Internal", "var s = JsonConvert.SerializeObject(new Dto());", "public class Dto { internal string? Internal { get; set; } }")]
    [InlineData("Fixed", "var d = JsonConvert.DeserializeObject<Dto>(\"{}\");", "public class Dto { public string? Fixed { get; } }")]
    [InlineData("Locked", "var d = JsonConvert.DeserializeObject<Dto>(\"{}\");", "public class Dto { public string? Locked { get; private set; } }")]
    public void A_member_Newtonsoft_skips_is_GAS3010(string at, string body, string declarations) => AssertReported("GAS3010", at, body, declarations);

    [Fact]
    public void Deserializing_to_a_type_parameter_is_GAS1017() =>
        AssertReported("GAS1017", "JsonConvert.DeserializeObject<T>(text)", "", "public static class Store { public static T? Load<T>(string text) => JsonConvert.DeserializeObject<T>(text); }");

    [Fact]
    public void Deserializing_recursive_plain_data_is_GAS1001() =>
        AssertReported("GAS1001", "JsonConvert.DeserializeObject<Node>", "var n = JsonConvert.DeserializeObject<Node>(\"{}\");", "public record Node(string? Name, List<Node>? Children);");

    [Theory]
    [InlineData("new Dto(\"a\").Equals(other)", "object other = new Dto(\"a\"); var same = new Dto(\"a\").Equals(other);")]
    [InlineData("Equals(first, second)", "object first = new Dto(\"a\"); object second = first; var same = Equals(first, second);")]
    public void Equals_where_dotnet_compares_values_is_GAS1026(string at, string body) => AssertReported("GAS1026", at, body, "public record Dto(string Name);");

    [Theory]
    [InlineData("DateTime.UtcNow;", "object boxed = DateTime.UtcNow;")]
    [InlineData("TimeSpan.Zero }", "var values = new List<object> { TimeSpan.Zero };")]
    [InlineData("at }", "DateTimeOffset? at = null; var payload = new Dictionary<string, object?> { [\"at\"] = at };")]
    [InlineData("(IComparable)DateTime", "IComparable comparable = (IComparable)DateTime.UtcNow;")]
    public void A_date_or_time_typed_object_is_GAS1001(string at, string body) => AssertReported("GAS1001", at, body);

    [Fact]
    public void A_lifted_compound_assignment_with_a_library_operator_is_GAS1030() =>
        AssertReported("GAS1030", "due += TimeSpan.FromHours(1)", "DateTime? due = null; due += TimeSpan.FromHours(1);");

    [Theory]
    [InlineData("new Program2().GetType()", "var t = new Program2().GetType();")]
    [InlineData("boxed.GetType().Name", "object boxed = 1; var n = boxed.GetType().Name;")]
    [InlineData("shape.GetType().Name", "IShape shape = new Program2(); var n = shape.GetType().Name;")]
    [InlineData("new Box<int>().GetType().FullName", "var n = new Box<int>().GetType().FullName;")]
    [InlineData("new Program2().GetType() == typeof(int)", "var same = new Program2().GetType() == typeof(int);")]
    [InlineData("typeof(Program2)", "var t = typeof(Program2);")]
    public void GetType_beyond_names_and_typeof_comparisons_is_GAS1018(string at, string body) =>
        AssertReported("GAS1018", at, body, "public interface IShape { } public class Program2 : IShape { public int Size() => 1; } public class Box<T> { public int Size() => 1; }");

    [Fact]
    public void The_string_of_a_record_that_holds_itself_is_GAS1021() =>
        AssertReported("GAS1021", "new Node(1, null)", "var s = new Node(1, null).ToString();", "public record Node(int Value, Node? Next);");

    [Fact]
    public void The_string_of_a_record_holding_a_collection_interface_is_GAS1021() =>
        AssertReported("GAS1021", "new Tagged(new[] { \"a\" })", "var s = \"\" + new Tagged(new[] { \"a\" });", "public record Tagged(System.Collections.Generic.IReadOnlyList<string> Tags);");
}
