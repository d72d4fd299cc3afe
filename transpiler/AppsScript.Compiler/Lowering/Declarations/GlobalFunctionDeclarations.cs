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
        var order = ClassDeclarations.StaticInitializationOrder(type, context).ToList();
        var variables = order.Select(member => Variable(member, context, file)).ToList();
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
                    break; // reported by the subset check
                case IMethodSymbol { AssociatedSymbol: not null }:
                    break; // an accessor: its property or event is reported
                case IPropertySymbol or IEventSymbol or IMethodSymbol:
                    context.Report(DiagnosticDescriptors.NestedTypeInGlobalFunctions, location, $"'{member.Name}'");
                    break;
            }
        }
        return new LoweredType(type, file.Tree, keep => variables.SelectMany(v => v).Concat(functions.Where(f => keep(f.Symbol)).Select(f => f.Function)).ToList());
    }

    /// <summary>
    /// A top-level constant or variable with its initialiser. Temporaries it needs are top-level lets too, so their
    /// names are unique in the project (every file shares the one global scope).
    /// </summary>
    private static List<JsStatement> Variable(ISymbol member, LoweringContext context, FileScope file)
    {
        var syntax = member.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
        var body = new BodyLowerer(context, file, member, syntax, runsAtLoad: true, hoistsToTopLevel: true);
        var constant = member is IFieldSymbol field ? field.IsConst || field.IsReadOnly : ((IPropertySymbol)member).SetMethod is null;
        return body.WithHoisting(() => new[]
        {
            new JsVariableDeclaration(constant ? JsDeclarationKind.Const : JsDeclarationKind.Let,
                new[] { new JsVariableDeclarator(new JsIdentifier(context.Semantics.MemberName(member)), MemberBodies.InitialValue(member, ClassDeclarations.MemberType(member), body)) })
            { Doc = MemberBodies.Summary(member) },
        });
    }

    /// <summary>
    /// Reports each variable of a [GlobalFunctions] class that an initialiser reads before its own initialiser
    /// runs (GAS4009): .NET reads the default there, JavaScript throws, and only declarations may stand at the
    /// top level, so no earlier default can be given. Runs once every body is lowered, when the reads are known.
    /// </summary>
    public static void ReportReadsBeforeInitialization(INamedTypeSymbol type, LoweringContext context)
    {
        var order = ClassDeclarations.StaticInitializationOrder(type, context).ToList();
        foreach (var member in ClassDeclarations.ReadBeforeInitialized(order, context))
        {
            context.Report(DiagnosticDescriptors.ReadBeforeInitialization, member.Locations.FirstOrDefault(), member.Name);
        }
    }
}
