using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Js.Ast;

namespace AppsScript.Compiler.Tests.Printer;

/// <summary>Random expression trees over every operator and node kind the printer must parenthesise, from a seed.</summary>
internal sealed class RandomExpressions
{
    private static readonly string[] Binary =
    {
        "??", "||", "&&", "|", "^", "&", "==", "!=", "===", "!==", "<", "<=", ">", ">=", "instanceof", "in",
        "<<", ">>", ">>>", "+", "-", "*", "/", "%", "**",
    };
    private static readonly string[] Unary = { "!", "-", "+", "~", "typeof", "void" };
    private static readonly string[] Assign = { "=", "+=", "-=", "*=", "|=" };
    private readonly Random _random;

    public RandomExpressions(int seed)
    {
        _random = new Random(seed);
    }

    public JsExpression Next(int depth = 4)
    {
        if (depth <= 0) return Leaf();
        return _random.Next(17) switch
        {
            0 or 1 or 2 => new JsBinary(Pick(Binary), Next(depth - 1), Next(depth - 1)),
            3 => new JsUnary(Pick(Unary), Next(depth - 1)),
            4 => new JsUpdate(_random.Next(2) == 0 ? "++" : "--", _random.Next(2) == 0, Target(depth - 1)),
            5 => new JsAssign(Pick(Assign), Target(depth - 1), Next(depth - 1)),
            6 => new JsConditional(Next(depth - 1), Next(depth - 1), Next(depth - 1)),
            7 => new JsCall(Next(depth - 1), Items(depth), _random.Next(4) == 0),
            8 => new JsNew(Next(depth - 1), Items(depth)),
            9 => new JsMember(Next(depth - 1), "p", _random.Next(4) == 0),
            10 => new JsIndex(Next(depth - 1), Next(depth - 1), _random.Next(4) == 0),
            11 => new JsArrow(new[] { new JsParameter("x") }, Next(depth - 1)),
            12 => new JsSequence(new[] { Next(depth - 1), Next(depth - 1) }),
            13 => new JsArrayLiteral(Items(depth)),
            14 => new JsObjectLiteral(new JsObjectMember[] { new JsProperty("k", Next(depth - 1)), new JsSpreadMember(Next(depth - 1)) }),
            15 => new JsTemplateLiteral(new[] { "a`", "${b}" }, new[] { Next(depth - 1) }),
            _ => Leaf(),
        };
    }

    private List<JsExpression> Items(int depth) => Enumerable.Range(0, _random.Next(3)).Select(_ => Next(depth - 1)).ToList();

    /// <summary>An assignment target: never an optional chain, which JavaScript cannot assign to (nor does the compiler emit one).</summary>
    private JsExpression Target(int depth) => _random.Next(3) switch
    {
        0 => new JsIdentifier("t"),
        1 => new JsMember(new JsMember(new JsIdentifier("o"), "q"), "p"),
        _ => new JsIndex(new JsIdentifier("o"), Next(depth)),
    };

    private JsExpression Leaf() => _random.Next(8) switch
    {
        0 => new JsNumberLiteral(_random.Next(3) - 1),
        1 => new JsNumberLiteral(1.5),
        2 => new JsNumberLiteral(-2.5),
        3 => new JsStringLiteral("s\"'\\\n\u2028é😀"),
        4 => new JsBooleanLiteral(true),
        5 => new JsNullLiteral(),
        6 => new JsThis(),
        _ => new JsIdentifier("v"),
    };

    private string Pick(string[] options) => options[_random.Next(options.Length)];
}
