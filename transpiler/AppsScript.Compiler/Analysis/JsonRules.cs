using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Lowering;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AppsScript.Compiler.Analysis;

/// <summary>
/// Checks that data gives the same JSON text on both sides. Every type a <c>JsonConvert.SerializeObject</c>
/// argument or a <c>DeserializeObject&lt;T&gt;</c> type reaches (members of plain data and anonymous types,
/// elements, dictionary values) is walked, and whatever Newtonsoft and JSON.stringify/parse would treat
/// differently is reported where the fix goes: at the member's declaration, or at the call for a value that
/// is no member. Values typed object, dynamic or a type parameter are refused, since nothing shows what they hold. Key clashes are
/// checked for all plain data, since an object literal cannot hold two members with one key.
/// </summary>
internal sealed class JsonRules
{
    /// <summary>Namespaces of attributes that change what Newtonsoft writes or reads.</summary>
    private static readonly string[] SerializationNamespaces = { "Newtonsoft.Json", "System.Runtime.Serialization", "System.Text.Json.Serialization" };

    private static readonly HashSet<string> KnownNamingStrategies = new()
    {
        "Newtonsoft.Json.Serialization.DefaultNamingStrategy", "Newtonsoft.Json.Serialization.CamelCaseNamingStrategy",
        "Newtonsoft.Json.Serialization.SnakeCaseNamingStrategy", "Newtonsoft.Json.Serialization.KebabCaseNamingStrategy",
    };

    private readonly ScriptSemantics _semantics;
    private readonly List<Diagnostic> _diagnostics;
    private readonly HashSet<(ITypeSymbol, bool)> _visited = new();
    private readonly HashSet<(Location?, string)> _reported = new();

    private JsonRules(ScriptSemantics semantics, List<Diagnostic> diagnostics)
    {
        _semantics = semantics;
        _diagnostics = diagnostics;
    }

    /// <param name="modelFor">The semantic model of a file, shared with lowering, which then finds the calls' members bound.</param>
    public static void Check(ScriptSemantics semantics, List<Diagnostic> diagnostics, Func<SyntaxTree, SemanticModel> modelFor)
    {
        var rules = new JsonRules(semantics, diagnostics);
        foreach (var type in semantics.SourceTypes.Where(t => semantics.ShapeOf(t) == TypeShape.PlainData)) rules.CheckKeys(type);
        foreach (var tree in semantics.Compilation.SyntaxTrees)
        {
            var model = modelFor(tree);
            // Binding is what costs: only calls named as JsonConvert's are bound to see whether they are.
            foreach (var invocation in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().Where(i => CalledName(i) is "SerializeObject" or "DeserializeObject"))
            {
                if (model.GetSymbolInfo(invocation).Symbol is not IMethodSymbol { ContainingType: { } container } method
                    || container.ToDisplayString() != "Newtonsoft.Json.JsonConvert") continue;
                var at = invocation.GetLocation();
                if (method.Name == "DeserializeObject" && method.TypeArguments.Length == 1) rules.Walk(method.TypeArguments[0], deserialized: true, at, method.TypeArguments[0].ToDisplayString());
                if (method.Name == "SerializeObject" && invocation.ArgumentList.Arguments.Count > 0
                    && model.GetTypeInfo(invocation.ArgumentList.Arguments[0].Expression).Type is { } argumentType)
                {
                    rules.Walk(argumentType, deserialized: false, at, argumentType.ToDisplayString());
                }
            }
        }
    }

    /// <summary>The name of the method an invocation calls, as written: Name in <c>x.Name(...)</c>, <c>Name&lt;T&gt;(...)</c> or <c>x?.Name(...)</c>.</summary>
    private static string? CalledName(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        _ => null,
    };

    private void Report(DiagnosticDescriptor descriptor, Location? location, params object?[] args)
    {
        if (!_reported.Add((location, descriptor.Id))) return;
        _diagnostics.Add(Diagnostic.Create(descriptor, location, args));
    }

    private void CheckKeys(INamedTypeSymbol type)
    {
        var seen = new Dictionary<string, IPropertySymbol>();
        foreach (var property in _semantics.PlainDataMembers(type))
        {
            var key = _semantics.MemberName(property);
            if (seen.TryGetValue(key, out var first)) Report(DiagnosticDescriptors.JsonKeyCollision, property.Locations.FirstOrDefault(), first.Name, property.Name, key);
            else seen[key] = property;
        }
    }

    /// <summary>Checks a value of the type, reporting at <paramref name="at"/>, where <paramref name="name"/> names it, and what it holds.</summary>
    private void Walk(ITypeSymbol type, bool deserialized, Location? at, string name)
    {
        var underlying = TypeFacts.Underlying(type)!.WithNullableAnnotation(NullableAnnotation.None);
        CheckValue(underlying, deserialized, at, name);
        if (!_visited.Add((underlying, deserialized))) return;
        if (underlying.IsAnonymousType)
        {
            foreach (var property in underlying.GetMembers().OfType<IPropertySymbol>()) Walk(property.Type, deserialized, property.Locations.FirstOrDefault(), $"new {{ {property.Name} }}");
            return;
        }
        if (underlying.TypeKind == TypeKind.Enum)
        {
            CheckTypeAttributes(underlying);
            return;
        }
        if (_semantics.ShapeOf(underlying) == TypeShape.PlainData)
        {
            CheckTypeAttributes(underlying);
            foreach (var (property, declaration) in JsonTypes.PlainDataMembers(underlying, _semantics)) Member(property, declaration, deserialized, underlying);
            return;
        }
        foreach (var child in JsonTypes.Children(underlying, _semantics)) Walk(child, deserialized, at, $"an element of {name}");
    }

    /// <summary>The checks of a value by its type alone.</summary>
    private void CheckValue(ITypeSymbol type, bool deserialized, Location? at, string name)
    {
        // SerializeObject writes doubles with writeJson_, as Newtonsoft does.
        if (TypeFacts.IsFloating(type)) return;
        if (TypeFacts.IsDateTime(type) || TypeFacts.IsDateTimeOffset(type) || TypeFacts.IsTimeSpan(type))
        {
            Report(DiagnosticDescriptors.JsonDateMember, at, name, type.Name);
            return;
        }
        // Newtonsoft reads a char from a one-character string only, and an object as a JObject or a DateTime.
        if (deserialized && TypeFacts.IsChar(type))
        {
            Report(DiagnosticDescriptors.JsonUnsupportedMemberType, at, name, type.ToDisplayString());
            return;
        }
        if (HasSharedJsonForm(type) || HasConvertedKeys(type)) return;
        var shape = _semantics.ShapeOf(type);
        if (shape is TypeShape.Class or TypeShape.StaticClass or TypeShape.External or TypeShape.Erased)
        {
            Report(DiagnosticDescriptors.JsonNotPlainData, at, type.ToDisplayString());
            return;
        }
        Report(DiagnosticDescriptors.JsonUnsupportedMemberType, at, name, type.ToDisplayString());
    }

    /// <summary>
    /// Types Newtonsoft and JavaScript write and read alike (numbers are checked apart): strings, chars, bools,
    /// integers, enums (as numbers), plain data, anonymous types, arrays and lists, and dictionaries with string
    /// keys. A byte[] is base64 text to Newtonsoft. A value typed object (or a type parameter) is not: Newtonsoft
    /// writes a double held in it as 3.0 and reads dates into it as DateTime, neither of which JavaScript can know.
    /// </summary>
    private bool HasSharedJsonForm(ITypeSymbol type)
    {
        if (TypeFacts.IsString(type) || TypeFacts.IsChar(type) || TypeFacts.IsBool(type) || TypeFacts.IsIntegral(type) || type.TypeKind == TypeKind.Enum) return true;
        if (type.IsAnonymousType || _semantics.ShapeOf(type) == TypeShape.PlainData) return true;
        return TypeFacts.CollectionOf(type) switch
        {
            RuntimeCollection.Array => type is not IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte },
            RuntimeCollection.Dictionary => JsonTypes.DictionaryKey(type) is { } key && TypeFacts.IsString(key),
            _ => false,
        };
    }

    /// <summary>
    /// A dictionary whose keys Newtonsoft writes as their .NET strings, as KeyedMap_'s toJSON does, and reads back
    /// by converting the property names, as deserializeObject_ does: integers, chars, bools and enums. Not keys
    /// whose text Newtonsoft makes otherwise (dates in ISO form, doubles, records and tuples by their type converters).
    /// </summary>
    private static bool HasConvertedKeys(ITypeSymbol type) =>
        TypeFacts.CollectionOf(type) == RuntimeCollection.Map && JsonTypes.DictionaryKey(type) is { } key
        && (TypeFacts.IsIntegral(key) || TypeFacts.IsChar(key) || TypeFacts.IsBool(key) || TypeFacts.IsEnum(key)) && !TypeFacts.IsNullableValueType(key);

    private void Member(IPropertySymbol property, IPropertySymbol declaration, bool deserialized, ITypeSymbol container)
    {
        var name = $"{container.Name}.{declaration.Name}";
        var location = declaration.Locations.FirstOrDefault();
        CheckMemberAttributes(declaration);
        CheckAccess(declaration, deserialized, name, location);
        if (deserialized && HasInitializer(declaration)) Report(DiagnosticDescriptors.JsonMemberInitializer, location, name, container.Name);
        Walk(property.Type, deserialized, location, name);
    }

    /// <summary>
    /// Newtonsoft writes a property through a public getter and reads it through a public setter or init (or a
    /// record's constructor); [JsonProperty] lets it use non-public ones. JavaScript writes and reads every key.
    /// </summary>
    private void CheckAccess(IPropertySymbol property, bool deserialized, string name, Location? location)
    {
        var marked = KnownAttributes.Has(property, KnownAttributes.JsonProperty);
        if (!deserialized && !marked && !IsPublic(property, property.GetMethod))
        {
            Report(DiagnosticDescriptors.JsonMemberNotAccessible, location, name, "getter", "does not write");
        }
        var positional = property.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is ParameterSyntax);
        if (deserialized && !positional && (property.SetMethod is null || (!marked && !IsPublic(property, property.SetMethod))))
        {
            Report(DiagnosticDescriptors.JsonMemberNotAccessible, location, name, "setter or init", "does not read");
        }
    }

    private static bool IsPublic(IPropertySymbol property, IMethodSymbol? accessor) =>
        property.DeclaredAccessibility == Accessibility.Public && accessor?.DeclaredAccessibility == Accessibility.Public;

    /// <summary>[JsonProperty("key")] is the only serialization attribute a member may have.</summary>
    private void CheckMemberAttributes(IPropertySymbol property)
    {
        foreach (var attribute in SerializationAttributes(property))
        {
            var isPlainName = attribute.AttributeClass!.ToDisplayString() == KnownAttributes.JsonProperty
                && attribute.ConstructorArguments.All(a => a.Value is string)
                && attribute.NamedArguments.All(a => a.Key == "PropertyName");
            if (!isPlainName) Report(DiagnosticDescriptors.JsonUnsupportedOption, property.Locations.FirstOrDefault(), Describe(attribute));
        }
    }

    /// <summary>
    /// [JsonObject(NamingStrategyType = typeof(...))] with one of Newtonsoft's naming strategies is the only
    /// serialization attribute plain data may have; an enum may have none ([JsonConverter(typeof(StringEnumConverter))]
    /// would write names where JavaScript writes numbers).
    /// </summary>
    private void CheckTypeAttributes(ITypeSymbol type)
    {
        foreach (var attribute in SerializationAttributes(type))
        {
            var isNamingStrategy = attribute.AttributeClass!.ToDisplayString() == KnownAttributes.JsonObject
                && attribute.ConstructorArguments.Length == 0
                && attribute.NamedArguments.All(a => a.Key == "NamingStrategyType" && a.Value.Value is ITypeSymbol strategy && KnownNamingStrategies.Contains(strategy.ToDisplayString()));
            if (!isNamingStrategy) Report(DiagnosticDescriptors.JsonUnsupportedOption, type.Locations.FirstOrDefault(), Describe(attribute));
        }
    }

    private static IEnumerable<AttributeData> SerializationAttributes(ISymbol symbol) =>
        symbol.GetAttributes().Where(a => a.AttributeClass?.ContainingNamespace?.ToDisplayString() is { } ns && SerializationNamespaces.Contains(ns));

    private static string Describe(AttributeData attribute) => attribute.ApplicationSyntaxReference?.GetSyntax() is { } syntax
        ? $"[{syntax}]"
        : $"[{attribute.AttributeClass!.Name}]";

    private static bool HasInitializer(IPropertySymbol property) =>
        property.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is PropertyDeclarationSyntax { Initializer: not null });
}
