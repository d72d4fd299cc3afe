using AppsScript.Compiler.Semantics;
using AppsScript.Compiler.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AppsScript.Compiler.Tests.Semantics;

/// <summary>FullNames.Is answers as comparing the symbol's display string would, without building one.</summary>
public class FullNamesTests
{
    private static readonly Compilation Compilation = TestCompilation.Create("""
        namespace Shop.Orders { public class Outer { public class Inner { } } public class Box<T> { } }
        public class TimeSpan { }
        """);

    private static INamedTypeSymbol Type(string metadataName) => Compilation.GetTypeByMetadataName(metadataName)!;

    [Theory]
    [InlineData("System.TimeSpan", "System.TimeSpan", true)]
    [InlineData("System.TimeSpan", "TimeSpan", false)]
    [InlineData("System.TimeSpan", "Other.System.TimeSpan", false)]
    [InlineData("System.TimeSpan", "System.DateTimeOffset", false)]
    [InlineData("System.TimeSpan", "SystemTimeSpan", false)]
    [InlineData("TimeSpan", "TimeSpan", true)]
    [InlineData("TimeSpan", "System.TimeSpan", false)]
    [InlineData("Shop.Orders.Outer+Inner", "Shop.Orders.Outer.Inner", true)]
    [InlineData("Shop.Orders.Outer+Inner", "Shop.Orders.Inner", false)]
    [InlineData("Shop.Orders.Box`1", "Shop.Orders.Box`1", true)]
    [InlineData("Shop.Orders.Box`1", "Shop.Orders.Box", false)]
    [InlineData("System.Collections.Generic.KeyValuePair`2", "System.Collections.Generic.KeyValuePair`2", true)]
    public void A_type_is_the_one_its_full_metadata_name_names(string type, string fullName, bool expected) =>
        Assert.Equal(expected, FullNames.Is(Type(type), fullName));

    [Fact]
    public void A_constructed_generic_type_is_named_like_its_definition()
    {
        var pair = Type("System.Collections.Generic.KeyValuePair`2").Construct(Compilation.GetSpecialType(SpecialType.System_String), Compilation.GetSpecialType(SpecialType.System_Int32));
        Assert.True(FullNames.Is(pair, "System.Collections.Generic.KeyValuePair`2"));
    }

    [Fact]
    public void Arrays_type_parameters_and_null_are_no_named_type()
    {
        Assert.False(FullNames.Is(Compilation.CreateArrayTypeSymbol(Type("System.TimeSpan")), "System.TimeSpan"));
        Assert.False(FullNames.Is(Type("Shop.Orders.Box`1").TypeParameters[0], "T"));
        Assert.False(FullNames.Is(null, "System.TimeSpan"));
    }
}
