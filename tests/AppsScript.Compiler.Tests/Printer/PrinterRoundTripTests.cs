using System.Linq;
using Acornima;
using Acornima.Ast;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Js.Printer;
using Xunit;

namespace AppsScript.Compiler.Tests.Printer;

/// <summary>
/// The printer adds only the parentheses precedence and statement starts need: every printed tree parses
/// back, with Acornima, to the same structure.
/// </summary>
public sealed class PrinterRoundTripTests
{
    private static readonly Parser Parser = new(new ParserOptions { EcmaVersion = EcmaVersion.ES2020 });

    private static Node ParseExpression(string text)
    {
        var script = Parser.ParseScript("(" + text + ");");
        return ((ExpressionStatement)script.Body[0]).Expression;
    }

    [Fact]
    public void Random_trees_print_to_text_that_parses_back_to_the_same_tree()
    {
        for (var seed = 0; seed < 3000; seed++)
        {
            var tree = new RandomExpressions(seed).Next();
            var text = JsPrinter.Print(tree);
            Node parsed;
            try
            {
                parsed = ParseExpression(text);
            }
            catch (ParseErrorException error)
            {
                Assert.Fail($"seed {seed}: {text}\ndoes not parse: {error.Message}");
                return;
            }
            Assert.True(CanonicalForm.Of(tree) == CanonicalForm.Of(parsed), $"seed {seed}: printed\n{text}\nexpected {CanonicalForm.Of(tree)}\nparsed   {CanonicalForm.Of(parsed)}");
        }
    }

    [Theory]
    [InlineData("??", "||", "(a ?? b) || c")]
    [InlineData("||", "??", "(a || b) ?? c")]
    [InlineData("&&", "??", "(a && b) ?? c")]
    [InlineData("-", "-", "a - b - c")]
    [InlineData("**", "**", "(a ** b) ** c")]
    public void Left_nested_binary_operators_get_parentheses_only_when_needed(string inner, string outer, string expected)
    {
        var tree = new JsBinary(outer, new JsBinary(inner, new JsIdentifier("a"), new JsIdentifier("b")), new JsIdentifier("c"));
        Assert.Equal(expected, JsPrinter.Print(tree));
    }

    [Fact]
    public void Right_nested_operands_of_the_same_level_are_parenthesised_except_for_exponentiation()
    {
        var minus = new JsBinary("-", new JsIdentifier("a"), new JsBinary("-", new JsIdentifier("b"), new JsIdentifier("c")));
        var power = new JsBinary("**", new JsIdentifier("a"), new JsBinary("**", new JsIdentifier("b"), new JsIdentifier("c")));
        Assert.Equal("a - (b - c)", JsPrinter.Print(minus));
        Assert.Equal("a ** b ** c", JsPrinter.Print(power));
    }

    [Fact]
    public void A_unary_base_of_exponentiation_is_parenthesised()
    {
        var tree = new JsBinary("**", new JsUnary("-", new JsIdentifier("a")), new JsNumberLiteral(2));
        Assert.Equal("(-a) ** 2", JsPrinter.Print(tree));
    }

    [Fact]
    public void Signs_that_would_glue_into_another_operator_are_separated()
    {
        Assert.Equal("-(-a)", JsPrinter.Print(new JsUnary("-", new JsUnary("-", new JsIdentifier("a")))));
        Assert.Equal("-(-5)", JsPrinter.Print(new JsUnary("-", new JsNumberLiteral(-5))));
        Assert.Equal("a - -5", JsPrinter.Print(new JsBinary("-", new JsIdentifier("a"), new JsNumberLiteral(-5))));
        Assert.Equal("+(++a)", JsPrinter.Print(new JsUnary("+", new JsUpdate("++", true, new JsIdentifier("a")))));
    }

    [Fact]
    public void Integer_literals_used_as_objects_are_parenthesised()
    {
        Assert.Equal("(1).toFixed(2)", JsPrinter.Print(new JsCall(new JsMember(new JsNumberLiteral(1), "toFixed"), new[] { new JsNumberLiteral(2) })));
        Assert.Equal("1.5.toFixed(2)", JsPrinter.Print(new JsCall(new JsMember(new JsNumberLiteral(1.5), "toFixed"), new[] { new JsNumberLiteral(2) })));
        Assert.Equal("(-1).x", JsPrinter.Print(new JsMember(new JsNumberLiteral(-1), "x")));
    }

    [Fact]
    public void A_new_callee_that_contains_a_call_is_parenthesised()
    {
        var tree = new JsNew(new JsMember(new JsCall(new JsIdentifier("factory"), new JsExpression[0]), "Type"), new JsExpression[0]);
        Assert.Equal("new (factory().Type)()", JsPrinter.Print(tree));
        Assert.Equal("new a.b.C()", JsPrinter.Print(new JsNew(new JsMember(new JsMember(new JsIdentifier("a"), "b"), "C"), new JsExpression[0])));
    }

    [Fact]
    public void An_arrow_returning_an_object_literal_wraps_it_in_parentheses()
    {
        var tree = new JsArrow(new[] { new JsParameter("x") }, new JsObjectLiteral(new JsObjectMember[] { new JsProperty("id", new JsIdentifier("x")) }));
        Assert.Equal("(x) => ({ id: x })", JsPrinter.Print(tree));
    }

    [Fact]
    public void Statements_that_would_start_with_a_brace_or_function_are_parenthesised()
    {
        var objectStatement = new JsExpressionStatement(new JsMember(new JsObjectLiteral(new JsObjectMember[0]), "x"));
        var functionStatement = new JsExpressionStatement(new JsCall(new JsFunctionExpression(null, new JsParameter[0], new JsBlock(new JsStatement[0])), new JsExpression[0]));
        var text = JsPrinter.Print(new JsProgram(new JsStatement[] { objectStatement, functionStatement }));
        Assert.Equal("({}.x);\n(function () {}());\n", text);
        Parser.ParseScript(text);
    }

    [Fact]
    public void String_literals_escape_what_a_source_file_cannot_hold_and_keep_readable_unicode()
    {
        var text = JsPrinter.Print(new JsStringLiteral("a\"b\\c\n\t\u0001\u2028é😀\ud800"));
        Assert.Equal("\"a\\\"b\\\\c\\n\\t\\u0001\\u2028é😀\\ud800\"", text);
        var parsed = (StringLiteral)ParseExpression(text);
        Assert.Equal("a\"b\\c\n\t\u0001\u2028é😀\ud800", parsed.Value);
    }

    [Fact]
    public void Template_literals_escape_backticks_and_placeholders_in_their_text()
    {
        var tree = new JsTemplateLiteral(new[] { "`${x}` ", "" }, new JsExpression[] { new JsIdentifier("y") });
        var text = JsPrinter.Print(tree);
        Assert.Equal("`\\`\\${x}\\` ${y}`", text);
        Assert.Equal("`${x}` ", ((TemplateLiteral)ParseExpression(text)).Quasis[0].Value.Cooked);
    }

    [Fact]
    public void Numbers_print_as_their_shortest_round_trip_text()
    {
        Assert.Equal("0.1", JsPrinter.Print(new JsNumberLiteral(0.1)));
        Assert.Equal("1E+21", JsPrinter.Print(new JsNumberLiteral(1e21)));
        Assert.Equal("-0", JsPrinter.Print(new JsNumberLiteral(-0.0)));
        Assert.Equal("NaN", JsPrinter.Print(new JsNumberLiteral(double.NaN)));
        Assert.Equal(1e21, (double)((NumericLiteral)ParseExpression("1E+21")).Value!);
    }

    [Fact]
    public void Programs_are_laid_out_with_two_space_indents_and_blank_lines_between_declarations()
    {
        var program = new JsProgram(new JsStatement[]
        {
            new JsFunctionDeclaration("first", new JsParameter[0], new JsBlock(new JsStatement[]
            {
                new JsIf(new JsIdentifier("a"), new JsReturn(new JsNumberLiteral(1)), new JsIf(new JsIdentifier("b"), new JsReturn(new JsNumberLiteral(2)), null)),
            })),
            new JsClassDeclaration("Point", null, new[]
            {
                new JsClassMember("constructor", JsMethodKind.Constructor, false, new JsParameter[0], new JsBlock(new JsStatement[0])),
                new JsClassMember("x", JsMethodKind.Getter, false, new JsParameter[0], new JsBlock(new JsStatement[] { new JsReturn(new JsNumberLiteral(0)) })),
            }),
        });
        Assert.Equal(
            "function first() {\n  if (a) {\n    return 1;\n  } else if (b) {\n    return 2;\n  }\n}\n\nclass Point {\n  constructor() {}\n\n  get x() {\n    return 0;\n  }\n}\n",
            JsPrinter.Print(program));
    }
}
