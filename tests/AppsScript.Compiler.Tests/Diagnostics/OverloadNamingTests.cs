using System.Globalization;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Tests.Infrastructure;
using Xunit;

namespace AppsScript.Compiler.Tests.Diagnostics;

/// <summary>
/// How overloads and colliding private helpers are named (the programs under Differential/Programs/Overloads show
/// that they behave as on .NET), and what stays refused: entry points are never renamed, so two of one name are an
/// error, and so are overloads that interfaces force onto one name.
/// </summary>
public sealed class OverloadNamingTests
{
    private const string Usings = "using System; using System.Collections.Generic; using AppsScript.Interop;\n";

    private static string Emitted(string source) => CompilerHarness.CompileOrFail(TestCompilation.Create(Usings + source)).Files.Single().Text;

    private static Microsoft.CodeAnalysis.Diagnostic Refused(string code, string source)
    {
        var result = AppsScriptCompiler.Compile(TestCompilation.Create(Usings + source));
        Assert.False(result.Success);
        return Assert.Single(result.Diagnostics, d => d.Id == code);
    }

    [Fact]
    public void Names_stay_as_written_where_nothing_collides()
    {
        var text = Emitted("public class C { public string Format(int x) => \"\" + x; } [GlobalFunctions] public static class Program { "
            + "public static void Main() => Console.WriteLine(Format(new C())); private static string Format(C c) => c.Format(1); }");
        Assert.Contains("format(x) {", text);
        Assert.Contains("function format_(c)", text);
        Assert.DoesNotContain("_2", text);
    }

    [Fact]
    public void Overloads_are_numbered_in_declaration_order_as_constructors_are()
    {
        var text = Emitted("""
            public class Point
            {
                public Point() { }
                public Point(int x) { }
                public string Format() => "a";
                public string Format(int x) => "b";
                private string Format(string s) => s;
                public static string Format(bool b) => "c";
                public static string Format(bool b, bool c) => "d";
                public string Run() => Format() + Format(1) + Format("s") + Format(true) + Format(true, false);
            }
            public class Point3 : Point
            {
                public Point3() { }
                public Point3(int z) { }
                public string Format(double d) => "e";
            }
            [GlobalFunctions] public static class Program { public static void Main() => Console.WriteLine(new Point(1).Run() + new Point3(2).Format(1.5)); }
            """);
        foreach (var expected in new[] { "Point() {", "Point_2(x) {", "Point3() {", "Point3_2(z) {", " format() {", " format_2(x) {", " format_3(s) {", "static format(b) {", "static format_2(b, c) {", " format_4(d) {" })
        {
            Assert.Contains(expected, text);
        }
    }

    [Fact]
    public void Private_helpers_of_global_function_classes_are_numbered_apart_and_entry_points_keep_their_names()
    {
        var text = Emitted("""
            [GlobalFunctions] public static class A { private static int seen = 1; public static string Run() => Log(1) + Log("a") + seen; private static string Log(int x) => "A" + x; private static string Log(string x) => "A" + x; }
            [GlobalFunctions] public static class B { private static int seen = 2; public static string Go() => Log(2) + seen; private static string Log(int x) => "B" + x; public static int Seen() => 3; }
            [GlobalFunctions] public static class Program { public static void Main() => Console.WriteLine(A.Run() + B.Go() + B.Seen()); }
            """);
        foreach (var expected in new[] { "function run()", "function go()", "function seen()", "function log_(x)", "function log_2_(x)", "function log_3_(x)", " seen_2 = 1;", " seen_3 = 2;" })
        {
            Assert.Contains(expected, text);
        }
    }

    [Fact]
    public void Overloaded_entry_points_are_refused_at_the_second()
    {
        var diagnostic = Refused("GAS1010", "[GlobalFunctions] public static class Code { public static void Sync() { } public static void Sync(int limit) { } }");
        Assert.Equal(1, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("never renamed", diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Entry_points_of_two_classes_with_one_name_are_a_top_level_collision()
    {
        var diagnostic = Refused("GAS4002", "[GlobalFunctions] public static class A { public static void Sync() { } } [GlobalFunctions] public static class B { public static void Sync() { } }");
        Assert.Contains("'sync'", diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_private_helper_named_explicitly_is_not_renamed()
    {
        Refused("GAS4002", "[GlobalFunctions] public static class A { public static void Sync() => Helper(); [Name(\"sync\")] private static void Helper() { } }");
    }

    [Fact]
    public void Overloads_that_implement_interface_members_of_one_name_are_refused()
    {
        Refused("GAS1010", "public interface I { string Format(int x); } public interface J { string Format(string x); } "
            + "public class C : I, J { public string Format(int x) => \"i\"; public string Format(string x) => x; }");
    }

    [Fact]
    public void An_inherited_overload_implementing_an_interface_under_another_name_is_refused()
    {
        Refused("GAS1010", "public interface I { string Format(int x); } "
            + "public class B { public string Format(string x) => x; public string Format(int x) => \"i\"; } public class D : B, I { }");
    }

    [Fact]
    public void A_method_with_an_inherited_methods_parameters_hides_it_and_is_refused()
    {
        Refused("GAS1022", "public class B { public string Format(int x) => \"b\"; } public class D : B { public string Format(int y) => \"d\"; public string Format(long y) => \"l\"; }");
    }
}
