using Xunit;

namespace AppsScript.Compiler.Tests.Diagnostics;

/// <summary>
/// Each regular expression the compiler refuses, reported at the pattern (or the options) it cannot translate:
/// what JavaScript's engine lacks or does differently (GAS2010) and a pattern or options known only at run time
/// (GAS2011).
/// </summary>
public sealed class RegexDiagnosticTests
{
    private const string Declarations = "public static class Patterns { public static string Word = \"\\\\w+\"; }\n";

    [Theory]
    [InlineData("@\"(?>a+)b\"")]  // atomic group
    [InlineData("@\"(a)\\1\"")]  // numbered backreference
    [InlineData("@\"(?<q>')\\w+\\k<q>\"")]  // named backreference
    [InlineData("@\"\\G\\d\"")]  // \G
    [InlineData("@\"(?(a)ab|c)\"")]  // conditional
    [InlineData("@\"(?<open>\\()[^()]*(?<close-open>\\))\"")]  // balancing group
    [InlineData("@\"[a-z-[aeiou]]+\"")]  // class subtraction
    [InlineData("@\"(?:(a)b)+\"")]  // capture inside a repeated group
    [InlineData("@\"(a?)?\"")]  // optional capture that may be empty
    [InlineData("@\"(?:|a)*\"")]  // loop whose body may be empty
    [InlineData("@\"(?:a??){2,}\"")]  // loop whose body may be empty
    [InlineData("@\"(?<2>a)\"")]  // numbered name
    [InlineData("@\"(?<n>a)|(?<n>b)\"")]  // duplicate name
    [InlineData("@\"(?x) a b\"")]  // inline option x
    [InlineData("@\"(?n:(a))\"")]  // inline option n
    [InlineData("@\"[a-\"")]  // not a .NET pattern
    public void A_pattern_javascript_would_match_differently_is_refused_at_the_pattern(string pattern)
    {
        DatesJsonNullableDiagnosticsTests.AssertReported("GAS2010", pattern, $"var m = System.Text.RegularExpressions.Regex.Match(\"text\", {pattern});");
    }

    [Theory]
    [InlineData("RegexOptions.RightToLeft")]
    [InlineData("RegexOptions.ECMAScript")]
    [InlineData("RegexOptions.IgnorePatternWhitespace")]
    [InlineData("RegexOptions.ExplicitCapture")]
    [InlineData("RegexOptions.NonBacktracking")]
    public void An_option_without_a_javascript_equivalent_is_refused(string options)
    {
        DatesJsonNullableDiagnosticsTests.AssertReported("GAS2010", "\"a\"",
            $"var r = new System.Text.RegularExpressions.Regex(\"a\", System.Text.RegularExpressions.{options}); Console.WriteLine(r.IsMatch(\"a\"));");
    }

    [Theory]
    [InlineData("Patterns.Word)", "var ok = System.Text.RegularExpressions.Regex.IsMatch(\"a\", Patterns.Word);")]
    [InlineData("pattern)", "var pattern = \"a\" + DateTime.UtcNow.Year; var r = new System.Text.RegularExpressions.Regex(pattern);")]
    [InlineData("options)", "var options = System.Text.RegularExpressions.RegexOptions.None; var r = System.Text.RegularExpressions.Regex.Replace(\"a\", \"a\", \"b\", options);")]
    [InlineData("System.Text.RegularExpressions.Regex.Escape(word)", "var word = \"a.b\"; var ok = System.Text.RegularExpressions.Regex.IsMatch(\"a.b\", System.Text.RegularExpressions.Regex.Escape(word));")]
    public void A_pattern_or_options_not_constant_is_refused_where_written(string at, string body)
    {
        DatesJsonNullableDiagnosticsTests.AssertReported("GAS2011", at, body, Declarations);
    }
}
