using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Statements;

/// <summary>
/// <c>using</c> statements and declarations, as C# defines them: the resource is evaluated, then the body runs in a
/// <c>try</c> whose <c>finally</c> calls <c>Dispose</c> unless the resource is null. Several resources nest, so they
/// are disposed in reverse order; a <c>using</c> declaration's body is the rest of its block.
/// </summary>
internal static class Usings
{
    /// <summary><c>using (resources) body</c>.</summary>
    public static void Statement(IUsingOperation usingOperation, BodyLowerer body, List<JsStatement> output)
    {
        if (usingOperation.IsAsynchronous)
        {
            body.Unsupported(usingOperation, DiagnosticDescriptors.AsyncNotSupported);
            return;
        }
        var resources = Resources(usingOperation.Resources, body);
        var inner = usingOperation.Body is IBlockOperation block ? body.Statements(block.Operations) : Lower(usingOperation.Body, body);
        if (resources is null) return;
        // The statement's variables are its own: a block keeps them from clashing with a later using of the same names.
        if (resources.All(r => r.Declaration is null)) output.AddRange(Wrap(resources, inner));
        else output.Add(new JsBlock(Wrap(resources, inner)));
    }

    /// <summary><c>using var x = ...;</c> followed by <paramref name="rest"/>, the statements after it in its block.</summary>
    public static void Declaration(IUsingDeclarationOperation declaration, IReadOnlyList<IOperation> rest, BodyLowerer body, List<JsStatement> output)
    {
        if (declaration.IsAsynchronous)
        {
            body.Unsupported(declaration, DiagnosticDescriptors.AsyncNotSupported);
            return;
        }
        var resources = Resources(declaration.DeclarationGroup, body);
        var inner = body.Statements(rest);
        if (resources is null) return;
        output.AddRange(Wrap(resources, inner));
    }

    private static List<JsStatement> Lower(IOperation statement, BodyLowerer body)
    {
        var output = new List<JsStatement>();
        body.Statement(statement, output);
        return output;
    }

    /// <summary>Each resource's declaration (none for a local used as it is) and its disposal, in the order written; null after an error.</summary>
    private static List<(JsStatement? Declaration, JsStatement Dispose)>? Resources(IOperation resources, BodyLowerer body)
    {
        var result = new List<(JsStatement?, JsStatement)>();
        if (resources is IVariableDeclarationGroupOperation group)
        {
            foreach (var declarator in group.Declarations.SelectMany(d => d.Declarators))
            {
                var initializer = declarator.Initializer?.Value ?? group.Declarations.First(d => d.Declarators.Contains(declarator)).Initializer?.Value;
                if (initializer is null || !IsDisposable(declarator.Symbol.Type, initializer, body)) return null;
                var name = body.Local(declarator.Symbol);
                var declaration = Declare(name, initializer, body);
                result.Add((declaration, Dispose(name, declarator.Symbol.Type, initializer, body)));
            }
            return result;
        }
        if (!IsDisposable(resources.Type, resources, body)) return null;
        // C# disposes the value the expression had; a local never reassigned still holds it, so it needs no copy.
        var local = resources switch
        {
            ILocalReferenceOperation reference => (ISymbol)reference.Local,
            IParameterReferenceOperation reference => reference.Parameter,
            _ => null,
        };
        if (local is not null && !body.IsReassigned(local))
        {
            result.Add((null, Dispose(body.Local(local), resources.Type!, resources, body)));
            return result;
        }
        var temp = new JsIdentifier(body.FreshName("resource"));
        result.Add((Declare(temp, resources, body), Dispose(temp, resources.Type!, resources, body)));
        return result;
    }

    private static JsStatement Declare(JsIdentifier name, IOperation value, BodyLowerer body) =>
        new JsVariableDeclaration(JsDeclarationKind.Const, new[] { new JsVariableDeclarator(name, body.Expression(value)) });

    /// <summary>
    /// Whether the resource has a <c>Dispose</c> in the script: a class of the program, an interface or type
    /// parameter that its classes implement, or an enumerator (see Replacements/EnumeratorReplacements). Another
    /// .NET or host type has none (GAS1020).
    /// </summary>
    private static bool IsDisposable(ITypeSymbol? type, IOperation at, BodyLowerer body)
    {
        if (type is ITypeParameterSymbol || type?.TypeKind == TypeKind.Interface && (body.Semantics.ShapeOf(type) == TypeShape.Erased || IsIDisposable(type))
            || type is not null && (body.Semantics.ShapeOf(type) == TypeShape.Class || TypeFacts.IsEnumerator(type)))
        {
            return true;
        }
        body.Unsupported(at, DiagnosticDescriptors.UsingNotSupported, type?.ToDisplayString() ?? "null");
        return false;
    }

    private static bool IsIDisposable(ITypeSymbol type) => type.ToDisplayString() == "System.IDisposable";

    /// <summary>
    /// <c>name?.dispose();</c>: .NET tests for null unless the resource is a new object (nullable annotations are
    /// no proof). The call is virtual, as through IDisposable: the name is the one every implementation shares.
    /// </summary>
    private static JsStatement Dispose(JsIdentifier name, ITypeSymbol type, IOperation value, BodyLowerer body)
    {
        var disposable = body.Semantics.Compilation.GetSpecialType(SpecialType.System_IDisposable);
        var dispose = disposable.GetMembers("Dispose").OfType<IMethodSymbol>().First();
        var implementation = type is INamedTypeSymbol { TypeKind: TypeKind.Class } named ? named.FindImplementationForInterfaceMember(dispose) : null;
        if (implementation is not null) body.Reference(implementation);
        var method = body.Semantics.MemberName(implementation ?? dispose);
        var knownNotNull = Unconverted(value) is IObjectCreationOperation;
        return new JsExpressionStatement(new JsCall(new JsMember(name, method, Optional: !knownNotNull), System.Array.Empty<JsExpression>()));
    }

    private static IOperation Unconverted(IOperation value) => value is IConversionOperation { IsImplicit: true } conversion ? Unconverted(conversion.Operand) : value;

    /// <summary>The declarations and the body nested in one try/finally per resource, the first resource outermost.</summary>
    private static List<JsStatement> Wrap(List<(JsStatement? Declaration, JsStatement Dispose)> resources, List<JsStatement> inner)
    {
        var statements = inner;
        for (var i = resources.Count - 1; i >= 0; i--)
        {
            var wrapped = new List<JsStatement>();
            if (resources[i].Declaration is { } declaration) wrapped.Add(declaration);
            wrapped.Add(new JsTry(new JsBlock(statements), null, null, new JsBlock(new[] { resources[i].Dispose })));
            statements = wrapped;
        }
        return statements;
    }
}
