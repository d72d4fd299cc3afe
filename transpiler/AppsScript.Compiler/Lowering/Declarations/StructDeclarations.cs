using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering.Expressions;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Lowering.Declarations;

/// <summary>
/// What a struct's class has beside a class's: a JavaScript constructor that makes the zeroed value,
/// <c>default(S)</c> (every field at its default, a nested struct zeroed too), so that its C# constructors are
/// methods run on it (<c>new Point().Point(1, 2)</c>); <c>copy_()</c>, which <see cref="StructCopies"/> calls
/// wherever .NET copies the value; and, for a struct without ToString of its own, <c>toString()</c> giving its full
/// type name as ValueType.ToString does, so that a boxed one prints as in .NET too.
/// </summary>
internal static class StructDeclarations
{
    /// <summary>The instance fields and auto-properties of a struct, in declaration order, with their types.</summary>
    public static IEnumerable<(ISymbol Member, ITypeSymbol Type)> Fields(INamedTypeSymbol type) =>
        type.GetMembers().Where(m => !m.IsStatic && !m.IsImplicitlyDeclared).Select(member => member switch
        {
            IFieldSymbol { AssociatedSymbol: null, IsConst: false } field => (member, field.Type),
            IPropertySymbol property when ScriptSemantics.IsAutoProperty(property) => (member, property.Type),
            _ => (member, (ITypeSymbol)null!),
        }).Where(m => m.Item2 is not null);

    /// <summary><c>constructor() { this.x = 0; this.origin = new Point(); }</c>: the value .NET zeroes.</summary>
    public static JsClassMember ZeroConstructor(INamedTypeSymbol type, LoweringContext context, FileScope file)
    {
        var body = new BodyLowerer(context, file, type, null, runsAtLoad: false);
        var at = type.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
        var statements = Fields(type).Select(field => (JsStatement)new JsExpressionStatement(new JsAssign("=",
            MemberAccess.Key(new JsThis(), context.Semantics.MemberName(field.Member)), Literals.DefaultOf(field.Type, at, body)))).ToList();
        return new JsClassMember("constructor", JsMethodKind.Constructor, false, new List<JsParameter>(), new JsBlock(statements));
    }

    /// <summary><c>copy_() { return Object.assign(new Point(), this, { origin: this.origin.copy_() }); }</c>: nested structs copied too.</summary>
    public static JsClassMember CopyMethod(INamedTypeSymbol type, LoweringContext context, FileScope file)
    {
        var body = new BodyLowerer(context, file, type, null, runsAtLoad: false);
        var nested = Fields(type).Where(field => TypeFacts.IsSourceStruct(field.Type))
            .Select(field =>
            {
                var name = context.Semantics.MemberName(field.Member);
                return (JsObjectMember)new JsProperty(name, StructCopies.Copy(MemberAccess.Key(new JsThis(), name), TypeFacts.IsNullableValueType(field.Type)));
            }).ToList();
        var arguments = new List<JsExpression> { new JsNew(MemberAccess.TypeReference(type, body), new List<JsExpression>()), new JsThis() };
        if (nested.Count > 0) arguments.Add(new JsObjectLiteral(nested));
        var copy = new JsCall(new JsMember(new JsIdentifier("Object"), "assign"), arguments);
        return new JsClassMember(StructCopies.CopyMethod, JsMethodKind.Method, false, new List<JsParameter>(), new JsBlock(new JsStatement[] { new JsReturn(copy) }))
        {
            Doc = "A copy of the value, as .NET copies a struct where it is assigned, passed or returned.",
        };
    }

    /// <summary><c>toString() { return "Shop.Point"; }</c> for a struct without ToString of its own, or null.</summary>
    public static JsClassMember? NameToString(INamedTypeSymbol type, ScriptSemantics semantics)
    {
        if (type.IsRecord || DotNetTypeNames.PrintedName(type, semantics) is not { } name) return null;
        return new JsClassMember("toString", JsMethodKind.Method, false, Array.Empty<JsParameter>(),
            new JsBlock(new JsStatement[] { new JsReturn(new JsStringLiteral(name)) }));
    }
}
