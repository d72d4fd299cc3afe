using System.Collections.Generic;

namespace AppsScript.Compiler.Js.Ast;

public sealed record JsIdentifier(string Name) : JsExpression;

public sealed record JsNumberLiteral(double Value) : JsExpression;

public sealed record JsStringLiteral(string Value) : JsExpression;

public sealed record JsBooleanLiteral(bool Value) : JsExpression;

public sealed record JsNullLiteral : JsExpression;

public sealed record JsThis : JsExpression;

public sealed record JsSuper : JsExpression;

/// <summary>An array literal; elements may be <see cref="JsSpread"/>.</summary>
public sealed record JsArrayLiteral(IReadOnlyList<JsExpression> Elements) : JsExpression;

/// <summary>An object literal; members keep their order, which is the order <c>JSON.stringify</c> writes.</summary>
public sealed record JsObjectLiteral(IReadOnlyList<JsObjectMember> Members) : JsExpression;

public abstract record JsObjectMember : JsNode;

/// <summary><c>key: value</c>; a key that is not an identifier is printed quoted.</summary>
public sealed record JsProperty(string Key, JsExpression Value) : JsObjectMember;

/// <summary><c>[key]: value</c>, for a key computed at run time.</summary>
public sealed record JsComputedProperty(JsExpression Key, JsExpression Value) : JsObjectMember;

/// <summary><c>...value</c> inside an object literal.</summary>
public sealed record JsSpreadMember(JsExpression Value) : JsObjectMember;

/// <summary>A template literal: <c>Quasis.Count == Expressions.Count + 1</c>; quasis hold cooked text.</summary>
public sealed record JsTemplateLiteral(IReadOnlyList<string> Quasis, IReadOnlyList<JsExpression> Expressions) : JsExpression;

/// <summary><c>object.name</c>, or <c>object?.name</c> when optional.</summary>
public sealed record JsMember(JsExpression Object, string Name, bool Optional = false) : JsExpression;

/// <summary><c>object[index]</c>, or <c>object?.[index]</c> when optional.</summary>
public sealed record JsIndex(JsExpression Object, JsExpression Index, bool Optional = false) : JsExpression;

/// <summary><c>callee(args)</c>, or <c>callee?.(args)</c> when optional.</summary>
public sealed record JsCall(JsExpression Callee, IReadOnlyList<JsExpression> Arguments, bool Optional = false) : JsExpression;

public sealed record JsNew(JsExpression Callee, IReadOnlyList<JsExpression> Arguments) : JsExpression;

/// <summary>A prefix operator: <c>! - + ~ typeof void delete</c>.</summary>
public sealed record JsUnary(string Operator, JsExpression Operand) : JsExpression;

/// <summary><c>++</c> or <c>--</c>, prefix or postfix.</summary>
public sealed record JsUpdate(string Operator, bool Prefix, JsExpression Operand) : JsExpression;

/// <summary>A binary or logical operator, including <c>instanceof</c>, <c>in</c>, <c>&amp;&amp;</c>, <c>||</c> and <c>??</c>.</summary>
public sealed record JsBinary(string Operator, JsExpression Left, JsExpression Right) : JsExpression;

/// <summary><c>target op value</c> with <c>op</c> one of <c>= += -= ... ??=</c>; the target may be a pattern.</summary>
public sealed record JsAssign(string Operator, JsExpression Target, JsExpression Value) : JsExpression;

public sealed record JsConditional(JsExpression Test, JsExpression Then, JsExpression Else) : JsExpression;

/// <summary>An arrow function whose body is an expression or a <see cref="JsBlock"/>.</summary>
public sealed record JsArrow(IReadOnlyList<JsParameter> Parameters, JsNode Body) : JsExpression;

public sealed record JsFunctionExpression(string? Name, IReadOnlyList<JsParameter> Parameters, JsBlock Body, bool Generator = false) : JsExpression;

/// <summary><c>yield value</c> inside a generator function (<c>function*</c>).</summary>
public sealed record JsYield(JsExpression Value) : JsExpression;

public sealed record JsSequence(IReadOnlyList<JsExpression> Expressions) : JsExpression;

/// <summary><c>...value</c> in an array literal, call arguments or an array pattern.</summary>
public sealed record JsSpread(JsExpression Value) : JsExpression;

/// <summary><c>[a, , b]</c> as an assignment or declaration target; a null element is a hole.</summary>
public sealed record JsArrayPattern(IReadOnlyList<JsExpression?> Elements) : JsExpression;

/// <summary>A parameter: <c>name</c>, <c>name = default</c> or <c>...name</c>.</summary>
public sealed record JsParameter(string Name, JsExpression? Default = null, bool Rest = false) : JsNode;
