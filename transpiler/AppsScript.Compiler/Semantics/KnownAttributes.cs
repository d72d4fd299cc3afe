using System.Linq;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Semantics;

/// <summary>The attributes the compiler reads, by metadata name. Only Semantics reads attributes.</summary>
internal static class KnownAttributes
{
    public const string GlobalFunctions = "AppsScript.Interop.GlobalFunctionsAttribute";
    public const string External = "AppsScript.Interop.ExternalAttribute";
    public const string Name = "AppsScript.Interop.NameAttribute";
    public const string JsonProperty = "Newtonsoft.Json.JsonPropertyAttribute";
    public const string JsonObject = "Newtonsoft.Json.JsonObjectAttribute";
    public const string JsonIgnore = "Newtonsoft.Json.JsonIgnoreAttribute";
    public const string JsonConverter = "Newtonsoft.Json.JsonConverterAttribute";
    public const string SystemTextJsonPropertyName = "System.Text.Json.Serialization.JsonPropertyNameAttribute";

    public static AttributeData? Find(ISymbol symbol, string metadataName) =>
        symbol.GetAttributes().FirstOrDefault(a => FullNames.Is(a.AttributeClass, metadataName));

    public static bool Has(ISymbol symbol, string metadataName) => Find(symbol, metadataName) is not null;

    /// <summary>The first constructor argument of the attribute as a string, when there is one.</summary>
    public static string? StringArgument(AttributeData attribute) =>
        attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is string s ? s : null;

    public static TypedConstant? NamedArgument(AttributeData attribute, string name) =>
        attribute.NamedArguments.Where(a => a.Key == name).Select(a => (TypedConstant?)a.Value).FirstOrDefault();
}
