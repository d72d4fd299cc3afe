using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Lowering.Declarations;

/// <summary>
/// A [GlobalFunctions] class: its methods become top-level function declarations, the entry points Apps
/// Script triggers, the Run menu and web apps can call; its fields become top-level constants and variables.
/// Public methods keep JS default values for optional parameters, since Apps Script calls them without.
/// </summary>
internal static class GlobalFunctionDeclarations
{
    public static IEnumerable<JsStatement> Lower(INamedTypeSymbol type, LoweringContext context, FileScope file)
    {
        var output = new List<JsStatement>();
        foreach (var member in type.GetMembers().Where(m => !m.IsImplicitlyDeclared))
        {
            var location = member.Locations.FirstOrDefault();
            var name = context.Semantics.MemberName(member);
            switch (member)
            {
                case IMethodSymbol { MethodKind: MethodKind.Ordinary } method:
                    if (method.IsGenericMethod) context.Report(DiagnosticDescriptors.GenericGlobalFunction, location, name);
                    if (method.DeclaredAccessibility == Accessibility.Public && name.EndsWith('_')) context.Report(DiagnosticDescriptors.PrivateEntryPointName, location, name);
                    var isEntryPoint = method.DeclaredAccessibility == Accessibility.Public;
                    output.Add(new JsFunctionDeclaration(name, MemberBodies.Parameters(method, context, file, withDefaults: isEntryPoint),
                        MemberBodies.Lower(method, context, file)) { Doc = MemberBodies.Summary(method) });
                    break;
                case IFieldSymbol { AssociatedSymbol: null } field:
                    output.AddRange(Variable(field, field.Type, field.IsConst || field.IsReadOnly, name, context, file));
                    break;
                case IPropertySymbol property when ScriptSemantics.IsAutoProperty(property):
                    output.AddRange(Variable(property, property.Type, property.SetMethod is null, name, context, file));
                    break;
                case IMethodSymbol { MethodKind: MethodKind.StaticConstructor }:
                    context.Report(DiagnosticDescriptors.StaticConstructorNotSupported, location);
                    break;
                case IPropertySymbol or IEventSymbol or IMethodSymbol:
                    context.Report(DiagnosticDescriptors.NestedTypeInGlobalFunctions, location, $"'{member.Name}'");
                    break;
            }
        }
        return output;
    }

    private static IEnumerable<JsStatement> Variable(ISymbol member, ITypeSymbol type, bool constant, string name, LoweringContext context, FileScope file)
    {
        var syntax = member.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
        var body = new BodyLowerer(context, file, member, syntax, runsAtLoad: true);
        return body.WithHoisting(() => new[]
        {
            new JsVariableDeclaration(constant ? JsDeclarationKind.Const : JsDeclarationKind.Let,
                new[] { new JsVariableDeclarator(new JsIdentifier(name), MemberBodies.InitialValue(member, type, body)) })
            { Doc = MemberBodies.Summary(member) },
        });
    }
}
