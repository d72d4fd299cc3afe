using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Tests.Infrastructure;
using Xunit;

namespace AppsScript.Compiler.Tests.Diagnostics;

/// <summary>
/// The overrides a base constructor calls while the derived class's fields are still unset in JavaScript (their
/// assignments follow <c>super()</c>): GAS1032 at the override, however the field is reached. <c>/*@*/</c> marks
/// where the diagnostic must start.
/// </summary>
public sealed class BaseConstructorCallDiagnosticTests
{
    private const string Marker = "/*@*/";

    private const string Widget = "using System; public class Widget { public Widget() { Console.WriteLine(Kind()); } public virtual string Kind() => \"widget\"; }\n";

    public static IEnumerable<object[]> Refused() => new[]
    {
        // Reads the field itself.
        "public class Button : Widget { private readonly string caption = \"ok\"; public override string /*@*/Kind() => caption; }",
        // Through a method of its own.
        "public class Button : Widget { private readonly string caption = \"ok\"; public override string /*@*/Kind() => Describe(); private string Describe() => caption; }",
        // Through another override of its own that the base class calls.
        "public class Button : Widget { public override string Kind() => Label(); public virtual string Label() => \"x\"; }\npublic class Link : Button { private readonly string target = \"t\"; public override string /*@*/Label() => target; }",
        // A field of the class in between, unset too while the top base constructor runs.
        "public class Button : Widget { protected readonly string caption = \"ok\"; }\npublic class Link : Button { public override string /*@*/Kind() => caption; }",
    }.Select(source => new object[] { source });

    [Theory]
    [MemberData(nameof(Refused))]
    public void Is_reported_at_the_override(string cases)
    {
        var source = Widget + cases;
        var expected = new List<int>();
        for (var at = source.IndexOf(Marker, StringComparison.Ordinal); at >= 0; at = source.IndexOf(Marker, StringComparison.Ordinal))
        {
            expected.Add(at);
            source = source.Remove(at, Marker.Length);
        }
        var result = AppsScriptCompiler.Compile(TestCompilation.Create(source));
        Assert.Equal(expected, result.Diagnostics.Where(d => d.Id == "GAS1032").Select(d => d.Location.SourceSpan.Start).OrderBy(s => s));
    }

    [Theory]
    [InlineData("public class Button : Widget { private readonly string caption = \"ok\"; public override string Kind() => Name(); private static string Name() => \"button\"; public string Caption => caption; }")]
    [InlineData("public class Button : Widget { private readonly string caption = \"ok\"; public Button() { } public Button(string c) { caption = c; } public override string Kind() => caption; }")]
    public void Is_not_reported_when_the_fields_are_set_or_unread(string cases)
    {
        var result = AppsScriptCompiler.Compile(TestCompilation.Create(Widget + cases));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "GAS1032");
    }
}
