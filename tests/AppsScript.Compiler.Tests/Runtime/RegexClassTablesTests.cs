using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AppsScript.Compiler.Helpers;
using AppsScript.Compiler.Replacements;
using Xunit;

namespace AppsScript.Compiler.Tests.Runtime;

/// <summary>
/// The Regex helper expands \w, \d, \s and \b from tables in regexClasses_.js; they must be exactly what .NET's
/// engine matches, which changes with the Unicode version of .NET: regenerate them when this fails.
/// </summary>
public sealed class RegexClassTablesTests
{
    [Theory]
    [InlineData("w", @"\w")]
    [InlineData("d", @"\d")]
    [InlineData("s", @"\s")]
    public void Each_class_table_is_what_dotnet_matches(string key, string escape)
    {
        Assert.Equal(RegexCharacterSets.ClassContents(RegexCharacterSets.Of(escape, RegexOptions.None)), Table(key));
    }

    [Fact]
    public void The_boundary_table_is_what_dotnet_counts_as_a_word_character()
    {
        Assert.Equal(RegexCharacterSets.ClassContents(RegexCharacterSets.BoundaryWord), Table("b"));
    }

    private static string Table(string key)
    {
        var source = HelperRegistry.Load().Get("regexClasses_").Source;
        var line = source.Split('\n').Single(l => l.TrimStart().StartsWith(key + ": \""));
        var literal = line.Trim()[(key.Length + 2)..].TrimEnd(',');
        return literal.Trim('"').Replace(@"\\", @"\");
    }
}
