using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Js.Printer;
using AppsScript.Compiler.Replacements;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>Reads and assignment targets of fields, properties, array elements, <c>this</c> and <c>base</c>.</summary>
internal static class MemberAccess
{
    public static JsExpression Instance(IInstanceReferenceOperation instance, BodyLowerer body) => instance.ReferenceKind switch
    {
        InstanceReferenceKind.ContainingTypeInstance => instance.Syntax is BaseExpressionSyntax ? new JsSuper() : new JsThis(),
        InstanceReferenceKind.ImplicitReceiver or InstanceReferenceKind.PatternInput => body.ImplicitReceiver
            ?? body.Unsupported(instance, DiagnosticDescriptors.UnsupportedConstruct, "a nested object initialiser"),
        _ => body.Unsupported(instance, DiagnosticDescriptors.UnsupportedConstruct, instance.ReferenceKind.ToString()),
    };

    /// <summary>
    /// The receiver of a member: the instance, <c>super</c> for <c>base</c>, or the type for a static member;
    /// <c>Type.initialize_()</c>, which returns the type, where the type's static constructor must run first.
    /// </summary>
    public static JsExpression Receiver(IOperation? instance, ISymbol member, BodyLowerer body)
    {
        if (instance is not null)
        {
            var receiver = body.Expression(instance);
            // base.Name of a field or an auto-property is the object's own data, which super (the base class's prototype) does not hold.
            return receiver is JsSuper && ScriptSemantics.IsData(member) ? new JsThis() : receiver;
        }
        var type = TypeReference(member.ContainingType, body);
        return ScriptSemantics.RunsStaticConstructorFirst(member, body.Owner) ? RunStaticConstructor(type) : type;
    }

    /// <summary><c>Type.initialize_()</c>: runs the static constructor unless it has run, and returns the type.</summary>
    public static JsCall RunStaticConstructor(JsExpression type) =>
        new(new JsMember(type, ScriptSemantics.StaticConstructorName), new List<JsExpression>());

    /// <summary>The expression that names a type in JavaScript, recording the reference for the load order.</summary>
    public static JsExpression TypeReference(ITypeSymbol type, BodyLowerer body)
    {
        body.Reference(type);
        return Path(body.Semantics.TypeName(type));
    }

    /// <summary>A dotted host path such as <c>ContentService.MimeType</c> as a member chain.</summary>
    public static JsExpression Path(string dotted)
    {
        var parts = dotted.Split('.');
        JsExpression result = new JsIdentifier(parts[0]);
        foreach (var part in parts.Skip(1)) result = new JsMember(result, part);
        return result;
    }

    /// <summary><c>object.key</c>, or <c>object["key"]</c> for a key that is not an identifier.</summary>
    public static JsExpression Key(JsExpression obj, string key) =>
        JsNames.IsIdentifierName(key) ? new JsMember(obj, key) : new JsIndex(obj, new JsStringLiteral(key));

    public static JsExpression Field(IFieldReferenceOperation reference, BodyLowerer body)
    {
        var field = reference.Field;
        if (field.ContainingType.IsTupleType) return TupleElement(reference, field, body);
        // A constant read while the file loads is its value, as C# compiles it, so it needs no other declaration loaded first.
        if (field.IsConst && body.RunsAtLoad) return Literals.FromConstant(field.ConstantValue);
        switch (body.Semantics.ShapeOf(field.ContainingType))
        {
            case TypeShape.Library:
                if (TypeFacts.IsUnsupportedNumeric(field.Type)) return body.Unsupported(reference, DiagnosticDescriptors.NumericTypeNotSupported, field.Type.ToDisplayString());
                var call = new BclCall(reference, field, reference.Instance, Array.Empty<IOperation>(), body);
                if (body.Context.Replacements.TryLower(call, out var lowered)) return lowered;
                if (field.IsConst) return Literals.FromConstant(field.ConstantValue);
                return body.Unsupported(reference, DiagnosticDescriptors.UnmappedMember, field.ToDisplayString(), ReplacementTable.DocumentationId(field));
            case TypeShape.GlobalFunctions:
                body.Reference(field);
                return new JsIdentifier(body.Semantics.MemberName(field));
            default:
                body.Reference(field);
                return Key(Receiver(reference.Instance, field, body), body.Semantics.MemberName(field));
        }
    }

    private static JsExpression TupleElement(IFieldReferenceOperation reference, IFieldSymbol field, BodyLowerer body)
    {
        // A tuple is a JS array that every copy of it shares, so writing one element would change the copies too.
        if (IsWritten(reference) && !(reference.Instance is ILocalReferenceOperation local && body.OwnsTuple(local.Local)))
        {
            return body.Unsupported(reference, DiagnosticDescriptors.UnsupportedConstruct, "assigning to an element of a tuple that is not a local variable (copies of a tuple share it; assign a new tuple)");
        }
        var element = field.CorrespondingTupleField ?? field;
        var index = int.Parse(element.Name.Substring("Item".Length), System.Globalization.CultureInfo.InvariantCulture) - 1;
        return new JsIndex(body.Expression(reference.Instance!), new JsNumberLiteral(index));
    }

    public static bool IsWritten(IOperation reference)
    {
        var target = reference;
        while (target.Parent is ITupleOperation tuple) target = tuple;
        return target.Parent switch
        {
            IAssignmentOperation assignment => assignment.Target == target,
            IIncrementOrDecrementOperation => true,
            _ => false,
        };
    }

    public static JsExpression Property(IPropertyReferenceOperation reference, BodyLowerer body)
    {
        var property = reference.Property;
        if (property.ContainingType.IsAnonymousType) return Key(body.Expression(reference.Instance!), property.Name);
        switch (body.Semantics.ShapeOf(property.ContainingType))
        {
            case TypeShape.Library:
                var call = LibraryCall(reference, body);
                if (body.Context.Replacements.TryLower(call, out var lowered)) return lowered;
                return body.Unsupported(reference, DiagnosticDescriptors.UnmappedMember, property.ToDisplayString(), ReplacementTable.DocumentationId(property));
            case TypeShape.GlobalFunctions:
                body.Reference(property);
                return new JsIdentifier(body.Semantics.MemberName(property));
            default:
                if (Indexers.IsLowered(property, body)) return Indexers.Read(reference, body);
                body.Reference(property);
                return Key(Receiver(reference.Instance, property, body), body.Semantics.MemberName(property));
        }
    }

    private static BclCall LibraryCall(IPropertyReferenceOperation reference, BodyLowerer body) =>
        new(reference, reference.Property, reference.Instance, reference.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0).Select(a => a.Value).ToList(), body);

    public static JsExpression ArrayElement(IArrayElementReferenceOperation element, BodyLowerer body)
    {
        if (element.Indices.Length != 1) return body.Unsupported(element, DiagnosticDescriptors.UnsupportedConstruct, "a multi-dimensional array");
        return new JsIndex(body.Expression(element.ArrayReference), body.Expression(element.Indices[0]));
    }

    /// <summary>The JS expression an assignment writes to, or null for a discard.</summary>
    public static JsExpression? Target(IOperation target, BodyLowerer body)
    {
        switch (target)
        {
            case IDiscardOperation:
                return null;
            case IPropertyReferenceOperation property when Indexers.IsLowered(property.Property, body):
                return Indexers.Target(property, body);
            case IPropertyReferenceOperation { Property.ContainingType: var container } property when body.Semantics.ShapeOf(container) == TypeShape.Library && !container.IsAnonymousType:
                var call = LibraryCall(property, body);
                if (body.Context.Replacements.TryLowerAssignable(call, out var lowered)) return lowered;
                return body.Unsupported(property, DiagnosticDescriptors.UnmappedMember, property.Property.ToDisplayString() + " (assignment)", ReplacementTable.DocumentationId(property.Property));
            default:
                return body.Expression(target);
        }
    }
}
