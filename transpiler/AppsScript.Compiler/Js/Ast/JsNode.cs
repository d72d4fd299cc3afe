using System.Collections.Generic;

namespace AppsScript.Compiler.Js.Ast;

/// <summary>A node of the JavaScript syntax tree the compiler lowers C# into and prints from.</summary>
public abstract record JsNode;

/// <summary>An expression. Parenthesisation is the printer's job, never the tree's.</summary>
public abstract record JsExpression : JsNode;

/// <summary>A statement or declaration.</summary>
public abstract record JsStatement : JsNode
{
    /// <summary>A JSDoc comment printed above the statement, without the comment markers.</summary>
    public string? Doc { get; init; }
}

/// <summary>One output file: a script that Apps Script evaluates in the shared global scope.</summary>
public sealed record JsProgram(IReadOnlyList<JsStatement> Body) : JsNode;
