using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Js.Passes;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>
/// The program's indexers, which are a getter and a setter method (<c>grid.getItem(i)</c>, <c>grid.setItem(i, value)</c>),
/// since JavaScript accessors take no parameters. An indexer written to is first an <see cref="IndexerTarget"/>, so that
/// every assignment form (compound, <c>++</c>, <c>??=</c>, deconstruction) is lowered as for a field, with receiver and
/// arguments evaluated once; <see cref="Written"/> then turns each write into a setter call and each read into a getter call.
/// </summary>
internal static class Indexers
{
    /// <summary>Whether a property is one of the program's indexers, lowered to methods.</summary>
    public static bool IsLowered(IPropertySymbol property, BodyLowerer body) =>
        property.IsIndexer && body.Semantics.ShapeOf(property.ContainingType) is TypeShape.Class or TypeShape.Erased;

    public static JsExpression Read(IPropertyReferenceOperation reference, BodyLowerer body)
    {
        body.Reference(reference.Property);
        var receiver = MemberAccess.Receiver(reference.Instance, reference.Property, body);
        var arguments = Arguments.ForUserFunction(reference.Arguments, body);
        return arguments.Wrap(new JsCall(new JsMember(receiver, body.Semantics.MemberName(reference.Property)), arguments.Values));
    }

    public static JsExpression Target(IPropertyReferenceOperation reference, BodyLowerer body)
    {
        body.Reference(reference.Property);
        var receiver = MemberAccess.Receiver(reference.Instance, reference.Property, body);
        var arguments = Arguments.ForUserFunction(reference.Arguments, body);
        // The setter call evaluates its receiver, then its arguments: temporaries made to reorder named arguments would run first.
        if (arguments.Prefix.Count > 0) return body.Unsupported(reference, DiagnosticDescriptors.IndexerNotSupported, "named arguments out of order in an indexer that is assigned");
        var getter = body.Semantics.MemberName(reference.Property);
        return new IndexerTarget(receiver, getter, ScriptSemantics.IndexerSetterName(getter), arguments.Values);
    }

    /// <summary>Whether an assignment's target is, or holds (a deconstruction's tuple), an indexer of the program.</summary>
    public static bool Writes(IOperation target, BodyLowerer body) => target switch
    {
        IPropertyReferenceOperation { Property: var property } => IsLowered(property, body),
        ITupleOperation tuple => tuple.Elements.Any(e => Writes(e, body)),
        IDeclarationExpressionOperation declaration => Writes(declaration.Expression, body),
        _ => false,
    };

    /// <summary>
    /// An assignment's lowering with its indexer targets turned into setter calls. <paramref name="valueUsed"/> is false
    /// for an assignment that is a statement of its own, whose setter call needs not give the value back.
    /// </summary>
    public static JsExpression Written(IOperation assignment, JsExpression lowered, BodyLowerer body)
    {
        var target = assignment switch
        {
            IAssignmentOperation a => a.Target,
            IIncrementOrDecrementOperation i => i.Target,
            _ => null,
        };
        if (target is null || !Writes(target, body)) return lowered;
        var valueUsed = assignment.Parent is not (IExpressionStatementOperation or IForLoopOperation or IObjectOrCollectionInitializerOperation);
        return new Rewriter(body).Root(lowered, valueUsed);
    }

    public static (IndexerTarget First, IndexerTarget Again) Reuse(IndexerTarget target, BodyLowerer body)
    {
        var (receiver, receiverAgain) = body.Reuse(target.Object, "target");
        var arguments = target.Arguments.Select(a => body.Reuse(a, "index")).ToList();
        return (target with { Object = receiver, Arguments = arguments.Select(a => a.First).ToList() },
            target with { Object = receiverAgain, Arguments = arguments.Select(a => a.Again).ToList() });
    }

    private static JsExpression Get(IndexerTarget target) => new JsCall(new JsMember(target.Object, target.Getter), target.Arguments);

    private static JsExpression Set(IndexerTarget target, JsExpression value) =>
        new JsCall(new JsMember(target.Object, target.Setter), target.Arguments.Append(value).ToList());

    private sealed class Rewriter : JsRewriter
    {
        private readonly BodyLowerer _body;

        public Rewriter(BodyLowerer body) => _body = body;

        public JsExpression Root(JsExpression expression, bool valueUsed)
        {
            var written = expression switch
            {
                JsAssign { Target: IndexerTarget target } assign when !valueUsed => Write(assign with { Target = Children(target), Value = Expression(assign.Value) }, valueUsed: false),
                JsUpdate { Operand: IndexerTarget target } update when !valueUsed => Write(update with { Operand = Children(target) }, valueUsed: false),
                JsAssign { Target: JsArrayPattern } assign when !valueUsed => Deconstruct(assign with { Value = Expression(assign.Value) }, valueUsed: false),
                _ => Expression(expression),
            };
            return new Reads().Expression(written);
        }

        protected override JsExpression RewriteExpression(JsExpression expression) => expression switch
        {
            IndexerTarget target => Children(target),
            JsAssign { Target: JsArrayPattern } assign => Deconstruct(assign, valueUsed: true),
            JsAssign or JsUpdate => Write(expression, valueUsed: true),
            _ => expression,
        };

        private IndexerTarget Children(IndexerTarget target) =>
            target with { Object = Expression(target.Object), Arguments = target.Arguments.Select(Expression).ToList() };

        private JsExpression Write(JsExpression expression, bool valueUsed)
        {
            switch (expression)
            {
                case JsAssign { Operator: "=", Target: IndexerTarget target } assign:
                    return Stored(target, assign.Value, valueUsed);
                case JsAssign { Target: IndexerTarget target } assign:
                    var (first, again) = Reuse(target, _body);
                    return Stored(first, new JsBinary(assign.Operator[..^1], again, assign.Value), valueUsed);
                case JsUpdate { Operand: IndexerTarget target } update:
                    var (updated, read) = Reuse(target, _body);
                    var op = update.Operator[..1];
                    if (!valueUsed || update.Prefix) return Stored(updated, new JsBinary(op, read, new JsNumberLiteral(1)), valueUsed);
                    var old = _body.HoistedTemp("previous");
                    return new JsSequence(new JsExpression[] { Set(updated, new JsBinary(op, new JsAssign("=", old, read), new JsNumberLiteral(1))), old });
                default:
                    return expression;
            }
        }

        /// <summary>A setter call; where the assignment's value is used, the value goes through a temporary it then gives.</summary>
        private JsExpression Stored(IndexerTarget target, JsExpression value, bool valueUsed)
        {
            if (!valueUsed) return Set(target, value);
            var stored = _body.HoistedTemp("value");
            return new JsSequence(new JsExpression[] { Set(target, new JsAssign("=", stored, value)), stored });
        }

        /// <summary>
        /// A deconstruction into indexers: C# evaluates each target's receiver and arguments, then the value, then
        /// assigns left to right, so the targets are bound first, the pattern takes temporaries, and the setters follow.
        /// </summary>
        private JsExpression Deconstruct(JsAssign assign, bool valueUsed)
        {
            var before = new List<JsExpression>();
            var after = new List<JsExpression>();
            var pattern = Bind((JsArrayPattern)assign.Target, before, after);
            if (after.Count == 0) return assign;
            var value = assign.Value;
            JsExpression? result = null;
            if (valueUsed)
            {
                var held = _body.HoistedTemp("value");
                value = new JsAssign("=", held, value);
                result = held;
            }
            var sequence = before.Append(new JsAssign("=", pattern, value)).Concat(after).ToList();
            if (result is not null) sequence.Add(result);
            return new JsSequence(sequence);
        }

        private JsArrayPattern Bind(JsArrayPattern pattern, List<JsExpression> before, List<JsExpression> after) =>
            pattern with
            {
                Elements = pattern.Elements.Select(element => element switch
                {
                    JsArrayPattern inner => Bind(inner, before, after),
                    IndexerTarget target => BindTarget(target, before, after),
                    _ => element,
                }).ToList(),
            };

        private JsExpression BindTarget(IndexerTarget target, List<JsExpression> before, List<JsExpression> after)
        {
            var (first, again) = Reuse(target, _body);
            before.AddRange(new[] { first.Object }.Concat(first.Arguments).OfType<JsAssign>());
            var element = _body.HoistedTemp("element");
            after.Add(Set(again, element));
            return element;
        }
    }

    /// <summary>Every indexer target left once the writes are setter calls is a read: a getter call.</summary>
    private sealed class Reads : JsRewriter
    {
        protected override JsExpression RewriteExpression(JsExpression expression) =>
            expression is IndexerTarget target ? Get(target with { Object = Expression(target.Object), Arguments = target.Arguments.Select(Expression).ToList() }) : expression;
    }
}

/// <summary>An indexer as an assignment target, before <see cref="Indexers.Written"/> makes it a setter or getter call; never printed.</summary>
internal sealed record IndexerTarget(JsExpression Object, string Getter, string Setter, IReadOnlyList<JsExpression> Arguments) : JsExpression;
