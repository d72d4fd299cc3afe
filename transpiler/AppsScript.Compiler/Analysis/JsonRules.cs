using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Lowering;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AppsScript.Compiler.Analysis;

/// <summary>
/// Checks that plain data gives the same JSON on both sides. Every type reachable from a
/// <c>JsonConvert.SerializeObject</c> argument or a <c>DeserializeObject&lt;T&gt;</c> type argument is walked, and
/// each member whose JSON would differ between Newtonsoft and JSON.stringify/parse is reported at its
/// declaration, where the fix goes. Key clashes are checked for all plain data, since an object literal
/// cannot hold two members with one key.
/// </summary>
internal sealed class JsonRules
{
    private readonly ScriptSemantics _semantics;
    private readonly List<Diagnostic> _diagnostics;
    private readonly HashSet<(ITypeSymbol, bool)> _visited = new();
    private readonly HashSet<(ISymbol, string)> _reported = new();

    private JsonRules(ScriptSemantics semantics, List<Diagnostic> diagnostics)
    {
        _semantics = semantics;
        _diagnostics = diagnostics;
    }

    public static void Check(ScriptSemantics semantics, List<Diagnostic> diagnostics)
    {
        var rules = new JsonRules(semantics, diagnostics);
        foreach (var type in semantics.SourceTypes.Where(t => semantics.ShapeOf(t) == TypeShape.PlainData)) rules.CheckKeys(type);
        foreach (var tree in semantics.Compilation.SyntaxTrees)
        {
            var model = semantics.Compilation.GetSemanticModel(tree);
            foreach (var invocation in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (model.GetSymbolInfo(invocation).Symbol is not IMethodSymbol { ContainingType: { } container } method
                    || container.ToDisplayString() != "Newtonsoft.Json.JsonConvert") continue;
                if (method.Name == "DeserializeObject" && method.TypeArguments.Length == 1) rules.Walk(method.TypeArguments[0], deserialized: true, invocation);
                if (method.Name == "SerializeObject" && invocation.ArgumentList.Arguments.Count > 0
                    && model.GetTypeInfo(invocation.ArgumentList.Arguments[0].Expression).Type is { } argumentType)
                {
                    rules.Walk(argumentType, deserialized: false, invocation);
                }
            }
        }
    }

    private void Report(DiagnosticDescriptor descriptor, ISymbol member, params object?[] args)
    {
        if (!_reported.Add((member, descriptor.Id))) return;
        _diagnostics.Add(Diagnostic.Create(descriptor, member.Locations.FirstOrDefault(), args));
    }

    private void CheckKeys(INamedTypeSymbol type)
    {
        var seen = new Dictionary<string, IPropertySymbol>();
        foreach (var property in _semantics.PlainDataMembers(type))
        {
            var key = _semantics.MemberName(property);
            if (seen.TryGetValue(key, out var first)) Report(DiagnosticDescriptors.JsonKeyCollision, property, first.Name, property.Name, key);
            else seen[key] = property;
        }
    }

    private void Walk(ITypeSymbol type, bool deserialized, SyntaxNode at)
    {
        if (!_visited.Add((type.OriginalDefinition, deserialized))) return;
        if (type.IsAnonymousType)
        {
            foreach (var property in type.GetMembers().OfType<IPropertySymbol>()) Member(property, property.Type, deserialized, type);
            return;
        }
        var underlying = TypeFacts.Underlying(type)!;
        if (TypeFacts.ElementType(underlying) is { } element && TypeFacts.CollectionOf(underlying) == RuntimeCollection.Array)
        {
            Walk(element, deserialized, at);
            return;
        }
        if (TypeFacts.CollectionOf(underlying) == RuntimeCollection.Dictionary && underlying is INamedTypeSymbol { TypeArguments.Length: 2 } dictionary)
        {
            Walk(dictionary.TypeArguments[1], deserialized, at);
            return;
        }
        if (_semantics.ShapeOf(underlying) != TypeShape.PlainData) return;
        foreach (var property in _semantics.PlainDataMembers(underlying)) Member(property, property.Type, deserialized, underlying);
    }

    private void Member(IPropertySymbol property, ITypeSymbol type, bool deserialized, ITypeSymbol container)
    {
        var name = $"{container.Name}.{property.Name}";
        CheckAttributes(property);
        var underlying = TypeFacts.Underlying(type)!;
        if (TypeFacts.IsFloating(underlying) && !deserialized) Report(DiagnosticDescriptors.JsonDoubleMember, property, name);
        if (TypeFacts.IsDateTime(underlying) || TypeFacts.IsDateTimeOffset(underlying) || TypeFacts.IsTimeSpan(underlying))
        {
            Report(DiagnosticDescriptors.JsonDateMember, property, name, underlying.Name);
        }
        if (TypeFacts.CollectionOf(underlying) == RuntimeCollection.Set || TypeFacts.IsTuple(underlying) || TypeFacts.IsKeyValuePair(underlying))
        {
            Report(DiagnosticDescriptors.JsonUnsupportedMemberType, property, name, underlying.ToDisplayString());
        }
        if (_semantics.ShapeOf(underlying) == TypeShape.Class) Report(DiagnosticDescriptors.JsonNotPlainData, property, underlying.ToDisplayString());
        if (deserialized && !container.IsAnonymousType)
        {
            if (TypeFacts.IsNonNullableValueType(type))
            {
                var defaultText = TypeFacts.IsBool(type) ? "false" : TypeFacts.IsNumeric(type) || type.TypeKind == TypeKind.Enum ? "0" : "its default";
                Report(DiagnosticDescriptors.JsonValueMemberNotNullable, property, name, container.Name, defaultText, type.ToDisplayString());
            }
            if (HasInitializer(property)) Report(DiagnosticDescriptors.JsonMemberInitializer, property, name, container.Name);
        }
        Walk(type, deserialized, property.DeclaringSyntaxReferences.First().GetSyntax());
    }

    private void CheckAttributes(IPropertySymbol property)
    {
        if (KnownAttributes.Has(property, KnownAttributes.JsonIgnore)) Report(DiagnosticDescriptors.JsonUnsupportedOption, property, "[JsonIgnore]");
        if (KnownAttributes.Has(property, KnownAttributes.JsonConverter)) Report(DiagnosticDescriptors.JsonUnsupportedOption, property, "[JsonConverter]");
        if (KnownAttributes.Find(property, KnownAttributes.JsonProperty) is { } jsonProperty && jsonProperty.NamedArguments.Any(a => a.Key != "PropertyName"))
        {
            Report(DiagnosticDescriptors.JsonUnsupportedOption, property, "[JsonProperty(" + string.Join(", ", jsonProperty.NamedArguments.Select(a => a.Key)) + ")]");
        }
    }

    private static bool HasInitializer(IPropertySymbol property) =>
        property.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is PropertyDeclarationSyntax { Initializer: not null });
}
