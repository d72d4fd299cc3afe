using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering.Expressions;
using AppsScript.Compiler.Lowering.Statements;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Declarations;

/// <summary>Finds and lowers the bodies and initialisers of declared members.</summary>
internal static class MemberBodies
{
    /// <summary>The body of a method or accessor as JS statements.</summary>
    public static JsBlock Lower(IMethodSymbol method, LoweringContext context, FileScope file)
    {
        var syntax = method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
        if (syntax is null) return new JsBlock(System.Array.Empty<JsStatement>());
        var body = new BodyLowerer(context, file, method, syntax, runsAtLoad: false);
        var operation = context.ModelFor(syntax.SyntaxTree).GetOperation(syntax);
        var lowered = operation switch
        {
            IMethodBodyBaseOperation { BlockBody: { } block } => body.Block(block),
            IMethodBodyBaseOperation { ExpressionBody: { } expression } => body.Block(expression),
            IBlockOperation block => body.Block(block),
            _ => syntax is ArrowExpressionClauseSyntax or AccessorDeclarationSyntax or BaseMethodDeclarationSyntax or PropertyDeclarationSyntax
                ? LowerArrowOrEmpty(syntax, context, body)
                : new JsBlock(System.Array.Empty<JsStatement>()),
        };
        return Iterators.IsSupported(method) ? Iterators.Body(method, lowered, passThis: !method.IsStatic, body) : lowered;
    }

    private static JsBlock LowerArrowOrEmpty(SyntaxNode syntax, LoweringContext context, BodyLowerer body)
    {
        var arrow = syntax switch
        {
            PropertyDeclarationSyntax property => property.ExpressionBody,
            ArrowExpressionClauseSyntax clause => clause,
            _ => null,
        };
        if (arrow is not null && context.ModelFor(arrow.SyntaxTree).GetOperation(arrow) is IBlockOperation block) return body.Block(block);
        return new JsBlock(System.Array.Empty<JsStatement>());
    }

    public static List<JsParameter> Parameters(IMethodSymbol method, LoweringContext context, FileScope file, bool withDefaults)
    {
        var syntax = method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
        var body = new BodyLowerer(context, file, method, syntax, runsAtLoad: false);
        var parameters = context.TypeDefaults.WithParameters(method, Lambdas.Parameters(method.Parameters, body), body);
        if (!withDefaults) return parameters;
        return parameters.Select((p, i) => i < method.Parameters.Length && method.Parameters[i].HasExplicitDefaultValue && !method.Parameters[i].IsParams
            ? p with { Default = DefaultValue(method.Parameters[i]) }
            : p).ToList();
    }

    private static JsExpression DefaultValue(IParameterSymbol parameter) =>
        parameter.ExplicitDefaultValue is null
            ? Literals.DefaultConstant(parameter.Type) ?? new JsNullLiteral()
            : Literals.FromConstant(parameter.ExplicitDefaultValue);

    /// <summary>The operation of a field's or property's initialiser, when it has one.</summary>
    public static IOperation? Initializer(ISymbol member, LoweringContext context)
    {
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            var clause = reference.GetSyntax() switch
            {
                VariableDeclaratorSyntax declarator => declarator.Initializer,
                PropertyDeclarationSyntax property => property.Initializer,
                _ => null,
            };
            if (clause is null) continue;
            return context.ModelFor(clause.SyntaxTree).GetOperation(clause) switch
            {
                ISymbolInitializerOperation initializer => initializer.Value,
                _ => null,
            };
        }
        return null;
    }

    /// <summary>The value a field or auto-property starts with: its initialiser, else the C# default of its type.</summary>
    public static JsExpression InitialValue(ISymbol member, ITypeSymbol type, BodyLowerer body)
    {
        var initializer = Initializer(member, body.Context);
        if (initializer is not null) return body.Expression(initializer);
        return Literals.DefaultOf(type, member.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(), body);
    }

    /// <summary>The first line of the member's XML documentation summary, for a JSDoc comment.</summary>
    public static string? Summary(ISymbol symbol)
    {
        var xml = symbol.GetDocumentationCommentXml();
        if (string.IsNullOrWhiteSpace(xml)) return null;
        try
        {
            var summary = System.Xml.Linq.XElement.Parse(xml).Element("summary");
            if (summary is null) return null;
            var text = string.Join(" ", summary.Nodes().Select(n => n is System.Xml.Linq.XElement e
                ? CrefName(e.Attribute("cref")?.Value) ?? e.Attribute("name")?.Value ?? e.Value
                : n.ToString()).Select(t => t.Trim()).Where(t => t.Length > 0));
            text = System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();
            return text.Length == 0 ? null : text.Replace("*/", "* /");
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }

    /// <summary>The simple name a cref ("M:Ns.Type.Method(System.Int32)") refers to, without its parameter list.</summary>
    private static string? CrefName(string? cref) => cref?.Split('(')[0].Split(':').Last().Split('.').Last();
}
