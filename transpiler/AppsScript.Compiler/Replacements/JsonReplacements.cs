using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Analysis;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering;
using AppsScript.Compiler.Lowering.Expressions;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// Newtonsoft's JsonConvert. SerializeObject is JSON.stringify (with Newtonsoft's escapes where the data may
/// hold strings), indented by two spaces for Formatting.Indented and with a replacer that drops null members for
/// NullValueHandling.Ignore; data holding doubles is written by writeJson_ instead, told where the doubles are,
/// since Newtonsoft writes 1.0 where JSON.stringify writes 1. DeserializeObject&lt;T&gt; is deserializeObject_, which reads as Newtonsoft reads,
/// given the shape of T. Settings are read when compiling: given inline or by a static readonly field with an initialiser,
/// only Formatting and NullValueHandling. Every other overload and setting is GAS3007; JsonRules checks the data.
/// </summary>
internal static class JsonReplacements
{
    private const string Convert = "Newtonsoft.Json.JsonConvert";
    private const string Settings = "Newtonsoft.Json.JsonSerializerSettings";
    private const string Formatting = "Newtonsoft.Json.Formatting";

    /// <summary>What a SerializeObject call writes: Formatting.Indented and NullValueHandling.Ignore, the two options supported.</summary>
    private sealed record Options(bool Indented, bool IgnoreNulls);

    public static void Register(ReplacementTable table)
    {
        table.Add($"M:{Convert}.SerializeObject(System.Object)", call => Serialize(call, new Options(false, false)));
        table.Add($"M:{Convert}.SerializeObject(System.Object,{Formatting})",
            call => IsIndented(call, 1) is { } indented ? Serialize(call, new Options(indented, false)) : Undefined);
        table.Add($"M:{Convert}.SerializeObject(System.Object,{Settings})",
            call => SettingsOf(call, 1) is { } options ? Serialize(call, options) : Undefined);
        table.Add($"M:{Convert}.SerializeObject(System.Object,{Formatting},{Settings})",
            call => IsIndented(call, 1) is { } indented && SettingsOf(call, 2) is { } options ? Serialize(call, options with { Indented = indented }) : Undefined);
        table.Add($"M:{Convert}.DeserializeObject``1(System.String)", Deserialize);
        table.Add($"M:{Settings}.#ctor", CreateSettings);
        table.Add(new[]
        {
            $"M:{Convert}.SerializeObject(System.Object,Newtonsoft.Json.JsonConverter[])",
            $"M:{Convert}.SerializeObject(System.Object,{Formatting},Newtonsoft.Json.JsonConverter[])",
            $"M:{Convert}.SerializeObject(System.Object,System.Type,{Settings})",
            $"M:{Convert}.SerializeObject(System.Object,System.Type,{Formatting},{Settings})",
            $"M:{Convert}.DeserializeObject(System.String)", $"M:{Convert}.DeserializeObject(System.String,{Settings})",
            $"M:{Convert}.DeserializeObject(System.String,System.Type)",
            $"M:{Convert}.DeserializeObject(System.String,System.Type,Newtonsoft.Json.JsonConverter[])",
            $"M:{Convert}.DeserializeObject(System.String,System.Type,{Settings})",
            $"M:{Convert}.DeserializeObject``1(System.String,Newtonsoft.Json.JsonConverter[])",
            $"M:{Convert}.DeserializeObject``1(System.String,{Settings})",
            $"M:{Convert}.DeserializeAnonymousType``1(System.String,``0)",
            $"M:{Convert}.DeserializeAnonymousType``1(System.String,``0,{Settings})",
        }, call => call.Body.Unsupported(call.Operation, DiagnosticDescriptors.JsonUnsupportedOption, $"JsonConvert.{call.Method!.Name}({Parameters(call.Method)})"));
    }

    private static JsExpression Undefined => new JsIdentifier("undefined");

    private static string Parameters(IMethodSymbol method) => string.Join(", ", method.OriginalDefinition.Parameters.Select(p => p.Type.Name));

    private static JsExpression Serialize(BclCall call, Options options)
    {
        var valueOperation = Strings.WithoutImplicitBoxing(call.ArgumentOperation(0)!);
        var type = valueOperation.Type;
        if (options.IgnoreNulls && type is not null && JsonTypes.NullValueHandlingObstacle(type, call.Body.Semantics) is { } obstacle)
        {
            return call.Body.Unsupported(call.Operation, DiagnosticDescriptors.JsonUnsupportedOption,
                $"NullValueHandling.Ignore on data holding '{obstacle.ToDisplayString()}' (Newtonsoft keeps the null values of a dictionary)");
        }
        if (type is not null && HoldsDoubles(type, call.Body.Semantics))
        {
            var doubles = DoublesShape(type, new List<ITypeSymbol>(), call);
            var written = call.Body.CallHelper("writeJson_", call.Body.Expression(valueOperation), doubles, new JsBooleanLiteral(options.Indented), new JsBooleanLiteral(options.IgnoreNulls));
            return JsonTypes.MayHoldStrings(type, call.Body.Semantics) ? call.Helper("newtonsoftEscapes_", written) : written;
        }
        var arguments = new List<JsExpression> { call.Body.Expression(valueOperation) };
        if (options.IgnoreNulls) arguments.Add(call.Body.Helper("skipNullMembers_"));
        if (options.Indented)
        {
            if (!options.IgnoreNulls) arguments.Add(new JsNullLiteral());
            arguments.Add(new JsNumberLiteral(2));
        }
        var json = new JsCall(new JsMember(new JsIdentifier("JSON"), "stringify"), arguments);
        return type is null || JsonTypes.MayHoldStrings(type, call.Body.Semantics) ? call.Helper("newtonsoftEscapes_", json) : json;
    }

    private static bool HoldsDoubles(ITypeSymbol type, ScriptSemantics semantics) =>
        JsonTypes.Reachable(type, semantics).Any(t => TypeFacts.IsFloating(TypeFacts.Underlying(t)));

    /// <summary>
    /// Where a value of the type holds doubles, for writeJson_: "Double"; ["List", inner] or ["Dictionary", inner];
    /// { key: inner } for plain data and anonymous types, with only the keys that hold doubles.
    /// </summary>
    private static JsExpression DoublesShape(ITypeSymbol type, List<ITypeSymbol> enclosing, BclCall call)
    {
        var semantics = call.Body.Semantics;
        var underlying = TypeFacts.Underlying(type)!;
        if (TypeFacts.IsFloating(underlying)) return new JsStringLiteral("Double");
        var collection = TypeFacts.CollectionOf(underlying);
        if (!underlying.IsAnonymousType && semantics.ShapeOf(underlying) != TypeShape.PlainData && collection is RuntimeCollection.Array or RuntimeCollection.Dictionary or RuntimeCollection.Map)
        {
            var kind = new JsStringLiteral(collection == RuntimeCollection.Array ? "List" : "Dictionary");
            return new JsArrayLiteral(new[] { kind, DoublesShape(JsonTypes.Children(underlying, semantics).First(), enclosing, call) });
        }
        if (enclosing.Contains(underlying, SymbolEqualityComparer.Default))
        {
            return call.Body.Unsupported(call.Operation, DiagnosticDescriptors.UnsupportedConstruct, $"SerializeObject of '{underlying.ToDisplayString()}', which contains itself and holds a double,");
        }
        enclosing.Add(underlying);
        var members = underlying.IsAnonymousType
            ? underlying.GetMembers().OfType<IPropertySymbol>().Select(p => (Key: p.Name, p.Type))
            : JsonTypes.PlainDataMembers(underlying, semantics).Select(m => (Key: semantics.MemberName(m.Declaration), m.Property.Type));
        var shape = new JsObjectLiteral(members.Where(m => HoldsDoubles(m.Type, semantics))
            .Select(m => (JsObjectMember)new JsProperty(m.Key, DoublesShape(m.Type, enclosing, call))).ToList());
        enclosing.RemoveAt(enclosing.Count - 1);
        return shape;
    }

    /// <summary>A constant Formatting argument: true for Indented; a value only known at run time is reported and gives null.</summary>
    private static bool? IsIndented(BclCall call, int index)
    {
        if (call.Constant(index) is int formatting) return formatting == 1;
        call.Body.Unsupported(call.ArgumentOperation(index)!, DiagnosticDescriptors.JsonUnsupportedOption, "a Formatting that is not a constant");
        return null;
    }

    /// <summary>
    /// The options of a JsonSerializerSettings argument, read from its creation: inline, or the initialiser of a
    /// static readonly field. Settings made any other way are reported and give null.
    /// </summary>
    private static Options? SettingsOf(BclCall call, int index)
    {
        var argument = Unconverted(call.ArgumentOperation(index)!);
        var creation = argument switch
        {
            IObjectCreationOperation inline => Checked(inline, call.Body),
            IFieldReferenceOperation { Field: { IsStatic: true, IsReadOnly: true } field } => FieldInitializer(field, call.Body),
            _ => null,
        };
        if (creation is null || creation.Arguments.Length > 0)
        {
            call.Body.Unsupported(call.ArgumentOperation(index)!, DiagnosticDescriptors.JsonUnsupportedOption,
                "JsonSerializerSettings that are not created inline or in the initialiser of a static readonly field");
            return null;
        }
        var options = new Options(false, false);
        foreach (var (property, value) in SettingAssignments(creation))
        {
            options = property switch
            {
                "Formatting" => options with { Indented = value == 1 },
                "NullValueHandling" => options with { IgnoreNulls = value == 1 },
                _ => options,
            };
        }
        return options;
    }

    /// <summary>Settings created in the call are lowered nowhere else, so they are checked here.</summary>
    private static IObjectCreationOperation Checked(IObjectCreationOperation creation, BodyLowerer body)
    {
        CheckSettings(creation, body);
        return creation;
    }

    private static IOperation Unconverted(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion) operation = conversion.Operand;
        return operation;
    }

    private static IObjectCreationOperation? FieldInitializer(IFieldSymbol field, BodyLowerer body)
    {
        var declarator = field.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<VariableDeclaratorSyntax>().FirstOrDefault();
        if (declarator?.Initializer is not { } initializer) return null;
        return body.Context.ModelFor(initializer.SyntaxTree).GetOperation(initializer.Value) is { } value ? Unconverted(value) as IObjectCreationOperation : null;
    }

    /// <summary>The settings an object initialiser sets to constants, by property name; null where one is not a constant.</summary>
    private static IEnumerable<(string Property, int? Value)> SettingAssignments(IObjectCreationOperation creation) =>
        (creation.Initializer?.Initializers ?? Enumerable.Empty<IOperation>()).Select(item => item is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
            ? (target.Property.Name, assignment.Value.ConstantValue.Value as int?)
            : ("", (int?)null));

    /// <summary>
    /// <c>new JsonSerializerSettings { ... }</c> outside a SerializeObject call (a field's initialiser): checked as
    /// settings are; the object itself is never used at run time, since SerializeObject reads them when compiling.
    /// </summary>
    private static JsExpression CreateSettings(BclCall call)
    {
        if (call.Operation is IObjectCreationOperation creation) CheckSettings(creation, call.Body);
        return new JsObjectLiteral(new List<JsObjectMember>());
    }

    /// <summary>Reports what a settings initialiser sets besides Formatting and NullValueHandling to constants.</summary>
    private static void CheckSettings(IObjectCreationOperation creation, BodyLowerer body)
    {
        if (creation.Initializer is not { } initializer) return;
        foreach (var (item, (property, value)) in initializer.Initializers.Zip(SettingAssignments(creation)))
        {
            var supported = property is "Formatting" or "NullValueHandling";
            if (supported && value is not null) continue;
            var name = property == "" ? "this initialiser" : $"JsonSerializerSettings.{property}";
            body.Unsupported(item, DiagnosticDescriptors.JsonUnsupportedOption, supported ? $"{name} set to a value that is not a constant" : name);
        }
    }

    /// <summary>
    /// <c>DeserializeObject&lt;T&gt;(text)</c>: deserializeObject_ with the shape of T, which must be known when
    /// compiling: generics are erased.
    /// </summary>
    private static JsExpression Deserialize(BclCall call)
    {
        var type = call.Method!.TypeArguments[0];
        if (type.TypeKind == TypeKind.TypeParameter)
        {
            return call.Body.Unsupported(call.Operation, DiagnosticDescriptors.GenericTypeParameterUse, $"JsonConvert.DeserializeObject<{type.Name}>");
        }
        return call.Helper("deserializeObject_", call.Arg(0), Shape(type, new List<ITypeSymbol>(), call));
    }

    /// <summary>
    /// The shape deserializeObject_ reads a value of the type with: the name of a primitive ("Int32", "String";
    /// "Int32?" when nullable), or [kind, .NET name, inner] for "List" (inner the element's shape), "Dictionary"
    /// (the value's), "Map" ([key's shape, value's shape, a function making the empty KeyedMap_]), "Object"
    /// ({ key: shape } of plain data's members) and "Enum" ({ Member: value }).
    /// </summary>
    private static JsExpression Shape(ITypeSymbol type, List<ITypeSymbol> enclosing, BclCall call)
    {
        var underlying = TypeFacts.Underlying(type)!;
        var semantics = call.Body.Semantics;
        var nullable = TypeFacts.IsNullableValueType(type) ? "?" : "";
        if (PrimitiveName(underlying) is { } primitive) return new JsStringLiteral(primitive + nullable);
        if (underlying.TypeKind == TypeKind.Enum)
        {
            var members = underlying.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue)
                .Select(f => (JsObjectMember)new JsProperty(f.Name, Literals.FromConstant(f.ConstantValue))).ToList();
            return Kind("Enum", type, new JsObjectLiteral(members));
        }
        if (semantics.ShapeOf(underlying) == TypeShape.PlainData)
        {
            if (enclosing.Contains(underlying, SymbolEqualityComparer.Default))
            {
                return call.Body.Unsupported(call.Operation, DiagnosticDescriptors.UnsupportedConstruct, $"DeserializeObject of '{underlying.ToDisplayString()}', which contains itself,");
            }
            enclosing.Add(underlying);
            var members = JsonTypes.PlainDataMembers(underlying, semantics)
                .Select(m => (JsObjectMember)new JsProperty(semantics.MemberName(m.Declaration), Shape(m.Property.Type, enclosing, call)))
                .ToList();
            enclosing.RemoveAt(enclosing.Count - 1);
            return Kind("Object", underlying, new JsObjectLiteral(members));
        }
        var collection = TypeFacts.CollectionOf(underlying);
        var child = JsonTypes.Children(underlying, semantics).FirstOrDefault();
        if (child is not null && collection is RuntimeCollection.Array or RuntimeCollection.Dictionary)
        {
            return Kind(collection == RuntimeCollection.Array ? "List" : "Dictionary", underlying, Shape(child, enclosing, call));
        }
        if (child is not null && collection == RuntimeCollection.Map && JsonTypes.DictionaryKey(underlying) is { } keyType
            && DictionaryReplacements.NewMap(keyType, call.Operation, call.Body) is { } newMap)
        {
            var key = TypeFacts.IsChar(keyType) && !TypeFacts.IsNullableValueType(keyType) ? new JsStringLiteral("Char") : Shape(keyType, enclosing, call);
            var create = new JsArrow(Array.Empty<JsParameter>(), newMap);
            return Kind("Map", underlying, new JsArrayLiteral(new[] { key, Shape(child, enclosing, call), create }));
        }
        return call.Body.Unsupported(call.Operation, DiagnosticDescriptors.JsonUnsupportedMemberType, $"a value read by DeserializeObject", type.ToDisplayString());
    }

    private static JsExpression Kind(string kind, ITypeSymbol type, JsExpression inner) =>
        new JsArrayLiteral(new[] { new JsStringLiteral(kind), new JsStringLiteral(DotNetNames.FullName(type) ?? type.ToDisplayString()), inner });

    /// <summary>The primitive deserializeObject_ converts a JSON value to, by .NET's type name.</summary>
    private static string? PrimitiveName(ITypeSymbol type) => type.SpecialType switch
    {
        SpecialType.System_String => "String",
        SpecialType.System_Boolean => "Boolean",
        SpecialType.System_Int32 => "Int32",
        SpecialType.System_Int64 => "Int64",
        SpecialType.System_Int16 => "Int16",
        SpecialType.System_UInt16 => "UInt16",
        SpecialType.System_Byte => "Byte",
        SpecialType.System_SByte => "SByte",
        SpecialType.System_Double => "Double",
        _ => null,
    };
}
