using System.Collections.Generic;

namespace AppsScript.Compiler.Js.Ast;

public sealed record JsBlock(IReadOnlyList<JsStatement> Body) : JsStatement;

public sealed record JsExpressionStatement(JsExpression Expression) : JsStatement;

/// <summary><c>const</c> or <c>let</c> with one or more declarators.</summary>
public sealed record JsVariableDeclaration(JsDeclarationKind Kind, IReadOnlyList<JsVariableDeclarator> Declarators) : JsStatement;

public enum JsDeclarationKind { Const, Let }

/// <summary>A declarator whose target is an identifier or an array pattern.</summary>
public sealed record JsVariableDeclarator(JsExpression Target, JsExpression? Init) : JsNode;

public sealed record JsReturn(JsExpression? Value) : JsStatement;

public sealed record JsIf(JsExpression Test, JsStatement Then, JsStatement? Else) : JsStatement;

/// <summary><c>for (init; test; update)</c>; the init is a declaration, an expression statement, or absent.</summary>
public sealed record JsFor(JsStatement? Init, JsExpression? Test, JsExpression? Update, JsStatement Body) : JsStatement;

/// <summary><c>for (const target of iterable)</c>.</summary>
public sealed record JsForOf(JsDeclarationKind Kind, JsExpression Target, JsExpression Iterable, JsStatement Body) : JsStatement;

public sealed record JsWhile(JsExpression Test, JsStatement Body) : JsStatement;

public sealed record JsDoWhile(JsStatement Body, JsExpression Test) : JsStatement;

public sealed record JsBreak(string? Label = null) : JsStatement;

public sealed record JsContinue(string? Label = null) : JsStatement;

public sealed record JsThrow(JsExpression Value) : JsStatement;

/// <summary><c>try</c> with a catch clause, a finally clause, or both.</summary>
public sealed record JsTry(JsBlock Block, string? CatchParameter, JsBlock? Handler, JsBlock? Finalizer) : JsStatement;

public sealed record JsSwitch(JsExpression Discriminant, IReadOnlyList<JsSwitchCase> Cases) : JsStatement;

/// <summary>A <c>case</c> clause, or <c>default</c> when the test is null.</summary>
public sealed record JsSwitchCase(JsExpression? Test, IReadOnlyList<JsStatement> Body) : JsNode;

public sealed record JsLabeled(string Label, JsStatement Body) : JsStatement;

public sealed record JsFunctionDeclaration(string Name, IReadOnlyList<JsParameter> Parameters, JsBlock Body) : JsStatement;

public sealed record JsClassDeclaration(string Name, JsExpression? Base, IReadOnlyList<JsClassMember> Members) : JsStatement;

public enum JsMethodKind { Method, Getter, Setter, Constructor }

/// <summary>A method, accessor or constructor of a class; fields are assigned in the constructor instead.</summary>
public sealed record JsClassMember(string Name, JsMethodKind Kind, bool IsStatic, IReadOnlyList<JsParameter> Parameters, JsBlock Body) : JsNode
{
    public string? Doc { get; init; }

    /// <summary>A key computed by an expression (<c>[Symbol.iterator]</c>) in place of the name.</summary>
    public JsExpression? ComputedKey { get; init; }
}
