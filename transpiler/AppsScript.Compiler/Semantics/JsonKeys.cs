using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Semantics;

/// <summary>The JSON key Newtonsoft writes for a property: [JsonProperty] name, the type's naming strategy, else the C# name.</summary>
public static class JsonKeys
{
    public static string KeyOf(IPropertySymbol property)
    {
        if (KnownAttributes.Find(property, KnownAttributes.JsonProperty) is { } jsonProperty && SpecifiedName(jsonProperty) is { } specified) return specified;
        if (KnownAttributes.Find(property, KnownAttributes.SystemTextJsonPropertyName) is { } stj && KnownAttributes.StringArgument(stj) is { } stjName) return stjName;
        return NamingStrategyOf(property.ContainingType) switch
        {
            "CamelCaseNamingStrategy" => NamingConvention.ToCamelCase(property.Name),
            "SnakeCaseNamingStrategy" => NamingConvention.ToSnakeCase(property.Name),
            "KebabCaseNamingStrategy" => NamingConvention.ToKebabCase(property.Name),
            _ => property.Name,
        };
    }

    private static string? SpecifiedName(AttributeData jsonProperty) =>
        KnownAttributes.StringArgument(jsonProperty)
        ?? KnownAttributes.NamedArgument(jsonProperty, "PropertyName")?.Value as string;

    /// <summary>The simple name of the Newtonsoft naming strategy given by [JsonObject(NamingStrategyType = ...)], if any.</summary>
    public static string? NamingStrategyOf(INamedTypeSymbol type) =>
        KnownAttributes.Find(type, KnownAttributes.JsonObject) is { } jsonObject
        && KnownAttributes.NamedArgument(jsonObject, "NamingStrategyType")?.Value is INamedTypeSymbol strategy
            ? strategy.Name
            : null;
}
