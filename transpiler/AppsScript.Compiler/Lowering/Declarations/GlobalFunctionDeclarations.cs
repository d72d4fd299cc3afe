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
/// Public methods keep JS default values for optional parameters, since Apps Script calls them without. Linking
/// keeps the functions an entry point reaches, and every variable, as .NET runs every static initialiser.
/// </summary>
internal static class GlobalFunctionDeclarations
{
    public static LoweredType Lower(INamedTypeSymbol type, LoweringContext context, FileScope file)
    {
        var variables = new List<JsStatement>();
        foreach (var member in ClassDeclarations.StaticInitializationOrder(type, context))
        {
            var memberName = context.Semantics.MemberName(member);
            variables.AddRange(member switch
            {
                IFieldSymbol field => Variable(field, field.Type, field.IsConst || field.IsReadOnly, memberName, context, file),
                IPropertySymbol property => Variable(property, property.Type, property.SetMethod is null, memberName, context, file),
                _ => Enumerable.Empty<JsStatement>(),
            });
        }
        var functions = new List<(ISymbol Symbol, JsStatement Function)>();
        foreach (var member in type.GetMembers().Where(m => !m.IsImplicitlyDeclared))
        {
            var location = member.Locations.FirstOrDefault();
            var name = context.Semantics.MemberName(member);
            switch (member)
            {
                case IMethodSymbol { MethodKind: MethodKind.Ordinary } method:
                    // Apps Script calls an entry point by name with no type arguments; private helpers are erased like any generic method.
                    if (method.IsGenericMethod && method.DeclaredAccessibility == Accessibility.Public) context.Report(DiagnosticDescriptors.GenericGlobalFunction, location, name);
                    if (method.DeclaredAccessibility == Accessibility.Public && name.EndsWith('_')) context.Report(DiagnosticDescriptors.PrivateEntryPointName, location, name);
                    var isEntryPoint = method.DeclaredAccessibility == Accessibility.Public;
                    functions.Add((method, new JsFunctionDeclaration(name, MemberBodies.Parameters(method, context, file, withDefaults: isEntryPoint),
                        MemberBodies.Lower(method, context, file)) { Doc = MemberBodies.Summary(method) }));
                    break;
                case IFieldSymbol or IPropertySymbol when member.IsStatic && (member is IFieldSymbol || ScriptSemantics.IsAutoProperty((IPropertySymbol)member)):
                    break;
                case IMethodSymbol { MethodKind: MethodKind.StaticConstructor }:
                    context.Report(DiagnosticDescriptors.StaticConstructorNotSupported, location);
                    break;
                case IMethodSymbol { AssociatedSymbol: not null }:
                    break; // an accessor: its property or event is reported
                case IPropertySymbol or IEventSymbol or IMethodSymbol:
                    context.Report(DiagnosticDescriptors.NestedTypeInGlobalFunctions, location, $"'{member.Name}'");
                    break;
            }
        }
        return new LoweredType(type, file.Tree, keep => variables.Concat(functions.Where(f => keep(f.Symbol)).Select(f => f.Function)).ToList());
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
