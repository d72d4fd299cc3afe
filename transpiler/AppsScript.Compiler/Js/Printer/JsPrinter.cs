using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using AppsScript.Compiler.Js.Ast;

namespace AppsScript.Compiler.Js.Printer;

/// <summary>
/// Prints the JS tree as readable script text: two-space indentation, a blank line between top-level
/// declarations and between class members, semicolons everywhere, and only the parentheses that
/// precedence or a statement-start hazard requires.
/// </summary>
public sealed class JsPrinter
{
    private const string Indent = "  ";
    private readonly StringBuilder _out = new();
    private int _depth;
    private bool _atLineStart = true;

    public static string Print(JsProgram program)
    {
        var printer = new JsPrinter();
        printer.PrintStatementList(program.Body, blankLinesBetweenDeclarations: true);
        return printer._out.ToString();
    }

    public static string Print(JsExpression expression)
    {
        var printer = new JsPrinter();
        printer.Expr(expression, Precedence.Sequence);
        return printer._out.ToString();
    }

    // ---- layout -------------------------------------------------------------------------------

    private void Write(string text)
    {
        if (_atLineStart && text.Length > 0)
        {
            for (var i = 0; i < _depth; i++) _out.Append(Indent);
            _atLineStart = false;
        }
        _out.Append(text);
    }

    private void NewLine()
    {
        _out.Append('\n');
        _atLineStart = true;
    }

    private void BlankLine()
    {
        if (_out.Length > 0 && !EndsWithBlankLine()) NewLine();
    }

    private bool EndsWithBlankLine() => _out.Length >= 2 && _out[^1] == '\n' && _out[^2] == '\n';

    // ---- statements ---------------------------------------------------------------------------

    private void PrintStatementList(IReadOnlyList<JsStatement> statements, bool blankLinesBetweenDeclarations)
    {
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            if (i > 0 && blankLinesBetweenDeclarations && NeedsBlankLineBetween(statements[i - 1], statement)) NewLine();
            Statement(statement);
        }
    }

    private static bool NeedsBlankLineBetween(JsStatement previous, JsStatement next) =>
        IsBlockDeclaration(previous) || IsBlockDeclaration(next) || next.Doc is not null;

    private static bool IsBlockDeclaration(JsStatement statement) =>
        statement is JsFunctionDeclaration or JsClassDeclaration;

    private void DocComment(string? doc)
    {
        if (doc is null) return;
        var lines = doc.Split('\n');
        if (lines.Length == 1)
        {
            Write($"/** {lines[0]} */");
            NewLine();
            return;
        }
        Write("/**");
        NewLine();
        foreach (var line in lines)
        {
            Write(line.Length == 0 ? " *" : " * " + line);
            NewLine();
        }
        Write(" */");
        NewLine();
    }

    private void Statement(JsStatement statement)
    {
        DocComment(statement.Doc);
        switch (statement)
        {
            case JsBlock block:
                BlockBody(block);
                NewLine();
                break;
            case JsExpressionStatement { Expression: var expression }:
                ExpressionStatementBody(expression);
                Write(";");
                NewLine();
                break;
            case JsVariableDeclaration declaration:
                VariableDeclaration(declaration);
                Write(";");
                NewLine();
                break;
            case JsReturn { Value: null }:
                Write("return;");
                NewLine();
                break;
            case JsReturn { Value: var value }:
                Write("return ");
                Expr(value, Precedence.Sequence);
                Write(";");
                NewLine();
                break;
            case JsThrow { Value: var value }:
                Write("throw ");
                Expr(value, Precedence.Sequence);
                Write(";");
                NewLine();
                break;
            case JsIf jsIf:
                If(jsIf);
                break;
            case JsFor jsFor:
                For(jsFor);
                break;
            case JsForOf forOf:
                Write("for (" + Keyword(forOf.Kind) + " ");
                Expr(forOf.Target, Precedence.LeftHandSide);
                Write(" of ");
                Expr(forOf.Iterable, Precedence.Assignment);
                Write(") ");
                Body(forOf.Body);
                break;
            case JsWhile jsWhile:
                Write("while (");
                Expr(jsWhile.Test, Precedence.Sequence);
                Write(") ");
                Body(jsWhile.Body);
                break;
            case JsDoWhile doWhile:
                Write("do ");
                BlockBody(AsBlock(doWhile.Body));
                Write(" while (");
                Expr(doWhile.Test, Precedence.Sequence);
                Write(");");
                NewLine();
                break;
            case JsBreak { Label: var label }:
                Write(label is null ? "break;" : $"break {label};");
                NewLine();
                break;
            case JsContinue { Label: var label }:
                Write(label is null ? "continue;" : $"continue {label};");
                NewLine();
                break;
            case JsTry jsTry:
                Try(jsTry);
                break;
            case JsSwitch jsSwitch:
                Switch(jsSwitch);
                break;
            case JsLabeled labeled:
                Write(labeled.Label + ": ");
                Body(labeled.Body);
                break;
            case JsFunctionDeclaration function:
                Write("function " + function.Name);
                Parameters(function.Parameters);
                Write(" ");
                BlockBody(function.Body);
                NewLine();
                break;
            case JsClassDeclaration jsClass:
                ClassDeclaration(jsClass);
                break;
            default:
                throw new InvalidOperationException($"The printer has no case for {statement.GetType().Name}.");
        }
    }

    private static JsBlock AsBlock(JsStatement statement) => statement as JsBlock ?? new JsBlock(new[] { statement });

    /// <summary>Prints a loop or branch body as a braced block followed by a line break.</summary>
    private void Body(JsStatement body)
    {
        BlockBody(AsBlock(body));
        NewLine();
    }

    private void BlockBody(JsBlock block)
    {
        if (block.Body.Count == 0)
        {
            Write("{}");
            return;
        }
        Write("{");
        NewLine();
        _depth++;
        PrintStatementList(block.Body, blankLinesBetweenDeclarations: true);
        _depth--;
        Write("}");
    }

    private static string Keyword(JsDeclarationKind kind) => kind == JsDeclarationKind.Const ? "const" : "let";

    private void VariableDeclaration(JsVariableDeclaration declaration)
    {
        Write(Keyword(declaration.Kind) + " ");
        for (var i = 0; i < declaration.Declarators.Count; i++)
        {
            if (i > 0) Write(", ");
            var declarator = declaration.Declarators[i];
            Expr(declarator.Target, Precedence.LeftHandSide);
            if (declarator.Init is null) continue;
            Write(" = ");
            Expr(declarator.Init, Precedence.Assignment);
        }
    }

    private void ExpressionStatementBody(JsExpression expression)
    {
        // An expression statement may not start with `{`, `function`, `class` or `let [`.
        if (StartsWithStatementHazard(expression))
        {
            Write("(");
            Expr(expression, Precedence.Sequence);
            Write(")");
            return;
        }
        Expr(expression, Precedence.Sequence);
    }

    private static bool StartsWithStatementHazard(JsExpression expression) => LeftmostOf(expression) switch
    {
        JsObjectLiteral or JsFunctionExpression => true,
        JsIdentifier { Name: "let" } => true,
        _ => false,
    };

    /// <summary>The sub-expression that is printed first, as far as it is printed without its own parentheses.</summary>
    private static JsExpression LeftmostOf(JsExpression expression) => expression switch
    {
        JsBinary b when !OperandNeedsParens(b, b.Left, BinaryLeftRequirement(b)) => LeftmostOf(b.Left),
        JsAssign a => LeftmostOf(a.Target),
        JsConditional c when !NeedsParens(c.Test, Precedence.Coalesce) => LeftmostOf(c.Test),
        JsSequence s => LeftmostOf(s.Expressions[0]),
        JsMember m when !NeedsParens(m.Object, Precedence.LeftHandSide) => LeftmostOf(m.Object),
        JsIndex i when !NeedsParens(i.Object, Precedence.LeftHandSide) => LeftmostOf(i.Object),
        JsCall c when !NeedsParens(c.Callee, Precedence.LeftHandSide) => LeftmostOf(c.Callee),
        JsUpdate { Prefix: false } u => LeftmostOf(u.Operand),
        _ => expression,
    };

    private void If(JsIf jsIf)
    {
        Write("if (");
        Expr(jsIf.Test, Precedence.Sequence);
        Write(") ");
        BlockBody(AsBlock(jsIf.Then));
        switch (jsIf.Else)
        {
            case null:
                NewLine();
                break;
            case JsIf elseIf when elseIf.Doc is null:
                Write(" else ");
                If(elseIf);
                break;
            case var otherwise:
                Write(" else ");
                BlockBody(AsBlock(otherwise));
                NewLine();
                break;
        }
    }

    private void For(JsFor jsFor)
    {
        Write("for (");
        switch (jsFor.Init)
        {
            case null:
                break;
            case JsVariableDeclaration declaration:
                VariableDeclaration(declaration);
                break;
            case JsExpressionStatement { Expression: var expression }:
                Expr(expression, Precedence.Sequence);
                break;
            default:
                throw new InvalidOperationException("A for-loop initialiser must be a declaration or an expression.");
        }
        Write(";");
        if (jsFor.Test is not null)
        {
            Write(" ");
            Expr(jsFor.Test, Precedence.Sequence);
        }
        Write(";");
        if (jsFor.Update is not null)
        {
            Write(" ");
            Expr(jsFor.Update, Precedence.Sequence);
        }
        Write(") ");
        Body(jsFor.Body);
    }

    private void Try(JsTry jsTry)
    {
        Write("try ");
        BlockBody(jsTry.Block);
        if (jsTry.Handler is not null)
        {
            Write(jsTry.CatchParameter is null ? " catch " : $" catch ({jsTry.CatchParameter}) ");
            BlockBody(jsTry.Handler);
        }
        if (jsTry.Finalizer is not null)
        {
            Write(" finally ");
            BlockBody(jsTry.Finalizer);
        }
        NewLine();
    }

    private void Switch(JsSwitch jsSwitch)
    {
        Write("switch (");
        Expr(jsSwitch.Discriminant, Precedence.Sequence);
        Write(") {");
        NewLine();
        _depth++;
        foreach (var jsCase in jsSwitch.Cases)
        {
            if (jsCase.Test is null)
            {
                Write("default:");
            }
            else
            {
                Write("case ");
                Expr(jsCase.Test, Precedence.Sequence);
                Write(":");
            }
            if (jsCase.Body.Count == 1 && jsCase.Body[0] is JsBlock caseBlock)
            {
                Write(" ");
                BlockBody(caseBlock);
                NewLine();
                continue;
            }
            NewLine();
            _depth++;
            PrintStatementList(jsCase.Body, blankLinesBetweenDeclarations: false);
            _depth--;
        }
        _depth--;
        Write("}");
        NewLine();
    }

    private void ClassDeclaration(JsClassDeclaration jsClass)
    {
        Write("class " + jsClass.Name);
        if (jsClass.Base is not null)
        {
            Write(" extends ");
            Expr(jsClass.Base, Precedence.LeftHandSide);
        }
        if (jsClass.Members.Count == 0)
        {
            Write(" {}");
            NewLine();
            return;
        }
        Write(" {");
        NewLine();
        _depth++;
        for (var i = 0; i < jsClass.Members.Count; i++)
        {
            if (i > 0) NewLine();
            ClassMember(jsClass.Members[i]);
        }
        _depth--;
        Write("}");
        NewLine();
    }

    private void ClassMember(JsClassMember member)
    {
        DocComment(member.Doc);
        if (member.IsStatic) Write("static ");
        Write(member.Kind switch
        {
            JsMethodKind.Getter => "get ",
            JsMethodKind.Setter => "set ",
            _ => "",
        });
        if (member.ComputedKey is not null)
        {
            Write("[");
            Expr(member.ComputedKey, Precedence.Assignment);
            Write("]");
        }
        else
        {
            Write(member.Kind == JsMethodKind.Constructor ? "constructor" : PropertyKey(member.Name));
        }
        Parameters(member.Parameters);
        Write(" ");
        BlockBody(member.Body);
        NewLine();
    }

    private void Parameters(IReadOnlyList<JsParameter> parameters)
    {
        Write("(");
        for (var i = 0; i < parameters.Count; i++)
        {
            if (i > 0) Write(", ");
            Parameter(parameters[i]);
        }
        Write(")");
    }

    private void Parameter(JsParameter parameter)
    {
        if (parameter.Rest) Write("...");
        Write(parameter.Name);
        if (parameter.Default is null) return;
        Write(" = ");
        Expr(parameter.Default, Precedence.Assignment);
    }

    // ---- expressions --------------------------------------------------------------------------

    private static Precedence PrecedenceOf(JsExpression expression) => expression switch
    {
        JsSequence => Precedence.Sequence,
        JsAssign or JsArrow or JsSpread or JsYield => Precedence.Assignment,
        JsConditional => Precedence.Conditional,
        JsBinary b => OperatorPrecedence.OfBinary(b.Operator),
        JsUnary => Precedence.Unary,
        JsNumberLiteral n when n.Value < 0 || IsNegativeZero(n.Value) => Precedence.Unary,
        JsUpdate { Prefix: true } => Precedence.Unary,
        JsUpdate => Precedence.Postfix,
        JsMember or JsIndex or JsCall or JsNew => Precedence.LeftHandSide,
        _ => Precedence.Primary,
    };

    private static bool IsNegativeZero(double value) => value == 0 && BitConverter.DoubleToInt64Bits(value) < 0;

    private static bool NeedsParens(JsExpression expression, Precedence required) => PrecedenceOf(expression) < required;

    private static bool OperandNeedsParens(JsBinary parent, JsExpression operand, Precedence required)
    {
        var parentLevel = OperatorPrecedence.OfBinary(parent.Operator);
        var actual = PrecedenceOf(operand);
        // ?? shares no level with || and &&: either one inside the other needs parentheses.
        if (parentLevel == Precedence.Coalesce && actual is Precedence.LogicalOr or Precedence.LogicalAnd) return true;
        if (actual == Precedence.Coalesce && parentLevel is Precedence.LogicalOr or Precedence.LogicalAnd) return true;
        return actual < required;
    }

    private static Precedence BinaryLeftRequirement(JsBinary binary)
    {
        var level = OperatorPrecedence.OfBinary(binary.Operator);
        // `-x ** 2` is a syntax error: the base of ** must be an update expression or tighter.
        return level == Precedence.Exponent ? Precedence.Postfix : level;
    }

    private static Precedence BinaryRightRequirement(JsBinary binary)
    {
        var level = OperatorPrecedence.OfBinary(binary.Operator);
        return level switch
        {
            Precedence.Exponent => Precedence.Exponent,
            Precedence.Coalesce => Precedence.BitwiseOr,
            _ => level + 1,
        };
    }

    private void Expr(JsExpression expression, Precedence required)
    {
        if (NeedsParens(expression, required))
        {
            Write("(");
            ExprUnparenthesised(expression);
            Write(")");
            return;
        }
        ExprUnparenthesised(expression);
    }

    private void ExprUnparenthesised(JsExpression expression)
    {
        switch (expression)
        {
            case JsIdentifier { Name: var name }:
                Write(name);
                break;
            case JsNumberLiteral { Value: var value }:
                Write(NumberText(value));
                break;
            case JsStringLiteral { Value: var value }:
                Write(JsStringEscaper.Quote(value));
                break;
            case JsBooleanLiteral { Value: var value }:
                Write(value ? "true" : "false");
                break;
            case JsNullLiteral:
                Write("null");
                break;
            case JsThis:
                Write("this");
                break;
            case JsSuper:
                Write("super");
                break;
            case JsArrayLiteral array:
                Write("[");
                List(array.Elements);
                Write("]");
                break;
            case JsObjectLiteral obj:
                ObjectLiteral(obj);
                break;
            case JsTemplateLiteral template:
                Template(template);
                break;
            case JsMember member:
                MemberObject(member.Object);
                Write(member.Optional ? "?." : ".");
                Write(member.Name);
                break;
            case JsIndex index:
                MemberObject(index.Object);
                Write(index.Optional ? "?.[" : "[");
                Expr(index.Index, Precedence.Sequence);
                Write("]");
                break;
            case JsCall call:
                Expr(call.Callee, Precedence.LeftHandSide);
                if (call.Optional) Write("?.");
                Write("(");
                List(call.Arguments);
                Write(")");
                break;
            case JsNew jsNew:
                Write("new ");
                NewCallee(jsNew.Callee);
                Write("(");
                List(jsNew.Arguments);
                Write(")");
                break;
            case JsUnary unary:
                Unary(unary);
                break;
            case JsUpdate { Prefix: true } update:
                Write(update.Operator);
                Expr(update.Operand, Precedence.Unary);
                break;
            case JsUpdate update:
                Expr(update.Operand, Precedence.LeftHandSide);
                Write(update.Operator);
                break;
            case JsBinary binary:
                Operand(binary, binary.Left, BinaryLeftRequirement(binary));
                Write($" {binary.Operator} ");
                Operand(binary, binary.Right, BinaryRightRequirement(binary));
                break;
            case JsAssign assign:
                Expr(assign.Target, Precedence.LeftHandSide);
                Write($" {assign.Operator} ");
                Expr(assign.Value, Precedence.Assignment);
                break;
            case JsConditional { Else: JsConditional { Else: JsConditional } } chain:
                ConditionalChain(chain);
                break;
            case JsConditional conditional:
                Expr(conditional.Test, Precedence.Coalesce);
                Write(" ? ");
                // A conditional nested in the middle branch is legal but hard to read.
                Expr(conditional.Then, conditional.Then is JsConditional ? Precedence.Coalesce : Precedence.Assignment);
                Write(" : ");
                Expr(conditional.Else, Precedence.Assignment);
                break;
            case JsArrow arrow:
                Arrow(arrow);
                break;
            case JsFunctionExpression function:
                Write(function.Generator ? "function*" : "function");
                Write(function.Name is null ? " " : $" {function.Name}");
                Parameters(function.Parameters);
                Write(" ");
                BlockBody(function.Body);
                break;
            case JsSequence sequence:
                List(sequence.Expressions);
                break;
            case JsYield yield:
                Write("yield ");
                Expr(yield.Value, Precedence.Assignment);
                break;
            case JsSpread spread:
                Write("...");
                Expr(spread.Value, Precedence.Assignment);
                break;
            case JsArrayPattern pattern:
                Write("[");
                for (var i = 0; i < pattern.Elements.Count; i++)
                {
                    if (i > 0) Write(", ");
                    if (pattern.Elements[i] is { } element) Expr(element, Precedence.Assignment);
                }
                if (pattern.Elements.Count > 0 && pattern.Elements[^1] is null) Write(",");
                Write("]");
                break;
            default:
                throw new InvalidOperationException($"The printer has no case for {expression.GetType().Name}.");
        }
    }

    private void Operand(JsBinary parent, JsExpression operand, Precedence required)
    {
        if (!OperandNeedsParens(parent, operand, required))
        {
            ExprUnparenthesised(operand);
            return;
        }
        Write("(");
        ExprUnparenthesised(operand);
        Write(")");
    }

    private void List(IReadOnlyList<JsExpression> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) Write(", ");
            Expr(items[i], Precedence.Assignment);
        }
    }

    private void MemberObject(JsExpression obj)
    {
        // `1.toString()` reads the dot as a decimal point; integer literals need parentheses.
        if (obj is JsNumberLiteral number && !NeedsParens(obj, Precedence.LeftHandSide) && !NumberText(number.Value).Contains('.')
            && !NumberText(number.Value).Contains('E') && !double.IsNaN(number.Value) && !double.IsInfinity(number.Value))
        {
            Write("(");
            Write(NumberText(number.Value));
            Write(")");
            return;
        }
        Expr(obj, Precedence.LeftHandSide);
    }

    private void NewCallee(JsExpression callee)
    {
        // `new f()()` and `new a.b()` differ: a callee that contains a call must be parenthesised.
        if (ContainsCallOnLeftSpine(callee) || NeedsParens(callee, Precedence.LeftHandSide))
        {
            Write("(");
            ExprUnparenthesised(callee);
            Write(")");
            return;
        }
        ExprUnparenthesised(callee);
    }

    private static bool ContainsCallOnLeftSpine(JsExpression expression) => expression switch
    {
        JsCall => true,
        JsMember { Optional: true } or JsIndex { Optional: true } => true,
        JsMember m => ContainsCallOnLeftSpine(m.Object),
        JsIndex i => ContainsCallOnLeftSpine(i.Object),
        _ => false,
    };

    private void Unary(JsUnary unary)
    {
        var isWord = unary.Operator is "typeof" or "void" or "delete";
        Write(unary.Operator);
        if (isWord)
        {
            Write(" ");
            Expr(unary.Operand, Precedence.Unary);
            return;
        }
        // `- -x`, `+ +x`, `- --x`: parenthesise an operand that would glue to the operator.
        if (StartsWithSign(unary.Operand, unary.Operator[0]))
        {
            Write("(");
            ExprUnparenthesised(unary.Operand);
            Write(")");
            return;
        }
        Expr(unary.Operand, Precedence.Unary);
    }

    private static bool StartsWithSign(JsExpression operand, char sign) => operand switch
    {
        JsUnary u => u.Operator[0] == sign && u.Operator is "-" or "+",
        JsUpdate { Prefix: true } u => u.Operator[0] == sign,
        JsNumberLiteral n => sign == '-' && (n.Value < 0 || IsNegativeZero(n.Value)),
        _ => false,
    };

    /// <summary>A chain of three or more conditionals (a switch expression) prints one arm per line.</summary>
    private void ConditionalChain(JsConditional chain)
    {
        _depth++;
        JsExpression current = chain;
        var first = true;
        while (current is JsConditional conditional)
        {
            if (!first)
            {
                NewLine();
                Write(": ");
            }
            first = false;
            Expr(conditional.Test, Precedence.Coalesce);
            Write(" ? ");
            Expr(conditional.Then, conditional.Then is JsConditional ? Precedence.Coalesce : Precedence.Assignment);
            current = conditional.Else;
        }
        NewLine();
        Write(": ");
        Expr(current, Precedence.Assignment);
        _depth--;
    }

    private void Arrow(JsArrow arrow)
    {
        Parameters(arrow.Parameters);
        Write(" => ");
        switch (arrow.Body)
        {
            case JsBlock block:
                BlockBody(block);
                break;
            case JsExpression body when LeftmostOf(body) is JsObjectLiteral:
                Write("(");
                Expr(body, Precedence.Sequence);
                Write(")");
                break;
            case JsExpression body:
                Expr(body, Precedence.Assignment);
                break;
            default:
                throw new InvalidOperationException("An arrow body must be a block or an expression.");
        }
    }

    private void ObjectLiteral(JsObjectLiteral obj)
    {
        if (obj.Members.Count == 0)
        {
            Write("{}");
            return;
        }
        Write("{ ");
        for (var i = 0; i < obj.Members.Count; i++)
        {
            if (i > 0) Write(", ");
            switch (obj.Members[i])
            {
                // A literal's plain __proto__ key sets the prototype instead of making a member; the computed form makes one.
                case JsProperty { Key: "__proto__" } property:
                    Write("[\"__proto__\"]: ");
                    Expr(property.Value, Precedence.Assignment);
                    break;
                case JsProperty property:
                    Write(PropertyKey(property.Key));
                    Write(": ");
                    Expr(property.Value, Precedence.Assignment);
                    break;
                case JsComputedProperty computed:
                    Write("[");
                    Expr(computed.Key, Precedence.Assignment);
                    Write("]: ");
                    Expr(computed.Value, Precedence.Assignment);
                    break;
                case JsSpreadMember spread:
                    Write("...");
                    Expr(spread.Value, Precedence.Assignment);
                    break;
            }
        }
        Write(" }");
    }

    private void Template(JsTemplateLiteral template)
    {
        Write("`");
        for (var i = 0; i < template.Quasis.Count; i++)
        {
            Write(JsStringEscaper.EscapeTemplateText(template.Quasis[i]));
            if (i >= template.Expressions.Count) continue;
            Write("${");
            Expr(template.Expressions[i], Precedence.Sequence);
            Write("}");
        }
        Write("`");
    }

    /// <summary>A property key as written in an object literal or class: bare when it is an identifier name.</summary>
    public static string PropertyKey(string key) =>
        JsNames.IsIdentifierName(key) ? key : JsStringEscaper.Quote(key);

    public static string NumberText(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "Infinity";
        if (double.IsNegativeInfinity(value)) return "-Infinity";
        if (IsNegativeZero(value)) return "-0";
        // "R" gives the shortest text that reads back to the same double, and its
        // exponent form (1E+21, 5E-07) is also a valid JS numeric literal.
        return value.ToString("R", CultureInfo.InvariantCulture);
    }
}
