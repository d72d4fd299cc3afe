using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Js.Printer;
using AppsScript.Compiler.Lowering.Expressions;
using AppsScript.Compiler.Lowering.Statements;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering;

/// <summary>
/// Lowers the body of one member (a method, constructor, accessor or initialiser, with the lambdas and
/// local functions inside it) from Roslyn's IOperation tree to the JS tree. It dispatches each operation
/// to the visitor of its construct family and owns what those visitors share: local names, compiler
/// temporaries, declarations hoisted before the current statement, helper use and diagnostics.
/// </summary>
internal sealed class BodyLowerer
{
    private static readonly SymbolEqualityComparer Comparer = SymbolEqualityComparer.Default;

    private readonly Dictionary<ISymbol, string> _localNames = new(Comparer);
    private readonly HashSet<string> _sourceNames;
    private readonly HashSet<string> _takenNames = new();
    private readonly Dictionary<ILabelSymbol, string?> _breakLabels = new(Comparer);
    private readonly Stack<string> _catchParameters = new();
    private readonly Stack<JsExpression> _implicitReceivers = new();
    private readonly Stack<JsIdentifier> _conditionalReceivers = new();
    private readonly SyntaxNode? _scopeSyntax;
    private readonly bool _hoistsToTopLevel;
    private HashSet<ISymbol>? _reassigned;
    private HashSet<ISymbol>? _tupleOwners;
    private List<string> _hoisted = new();
    private readonly Dictionary<IOperation, JsExpression> _evaluated = new();

    /// <param name="hoistsToTopLevel">
    /// Whether hoisted declarations land at the script's top level (a [GlobalFunctions] variable's initialiser),
    /// where every file shares one scope: their names are then unique in the project.
    /// </param>
    public BodyLowerer(LoweringContext context, FileScope file, ISymbol owner, SyntaxNode? scopeSyntax, bool runsAtLoad, bool hoistsToTopLevel = false)
    {
        Context = context;
        File = file;
        Owner = owner;
        RunsAtLoad = runsAtLoad;
        _hoistsToTopLevel = hoistsToTopLevel;
        _scopeSyntax = scopeSyntax;
        _sourceNames = scopeSyntax is null
            ? new HashSet<string>()
            : scopeSyntax.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText).ToHashSet();
        if (runsAtLoad) context.Graph.MarkLoadTime(owner);
    }

    public LoweringContext Context { get; }

    /// <summary>Whether a bare <c>return;</c> of the body itself returns <c>this</c>: the body of a constructor method.</summary>
    public bool BareReturnsThis { get; init; }

    /// <summary>Whether the body runs while the file loads (a static initialiser, a base class), not when called.</summary>
    public bool RunsAtLoad { get; }

    public FileScope File { get; }

    /// <summary>The member whose body is lowered (a type for its base class): what the body needs is recorded against it.</summary>
    public ISymbol Owner { get; }

    public ScriptSemantics Semantics => Context.Semantics;

    public SemanticModel Model => File.Model;

    // ---- dispatch ---------------------------------------------------------------------------------

    public JsExpression Expression(IOperation operation)
    {
        if (_evaluated.TryGetValue(operation, out var evaluated)) return evaluated;
        try
        {
            return StructCopies.Read(operation, LowerExpression(operation), this);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return Unsupported(operation, DiagnosticDescriptors.InternalError, $"{exception.GetType().Name}: {exception.Message}");
        }
    }

    private JsExpression LowerExpression(IOperation operation) => operation switch
    {
        ILiteralOperation literal => Literals.Literal(literal, this),
        IDefaultValueOperation defaultValue => Literals.DefaultOf(defaultValue.Type, defaultValue, this),
        INameOfOperation nameOf => Literals.Constant(nameOf, this),
        IInterpolatedStringOperation interpolated => Strings.Interpolated(interpolated, this),
        IBinaryOperation binary => BinaryOperators.Lower(binary, this),
        ITupleBinaryOperation tuples => ValueEquality.Tuples(tuples, this),
        IUnaryOperation unary => UnaryOperators.Lower(unary, this),
        IIncrementOrDecrementOperation increment => Indexers.Written(increment, Assignments.Increment(increment, this), this),
        ISimpleAssignmentOperation assignment => Indexers.Written(assignment, Assignments.Simple(assignment, this), this),
        ICompoundAssignmentOperation compound => Indexers.Written(compound, Assignments.Compound(compound, this), this),
        ICoalesceAssignmentOperation coalesce => Indexers.Written(coalesce, Assignments.CoalesceAssignment(coalesce, this), this),
        IDeconstructionAssignmentOperation deconstruction => Indexers.Written(deconstruction, Assignments.Deconstruction(deconstruction, this), this),
        IConditionalOperation conditional => Conditionals.Ternary(conditional, this),
        ICoalesceOperation coalesce => Conditionals.Coalesce(coalesce, this),
        IConditionalAccessOperation access => ConditionalAccess.Lower(access, this),
        IConditionalAccessInstanceOperation => ConditionalAccess.Receiver(this),
        ILocalReferenceOperation local => TupleCopies.Read(local, this),
        IParameterReferenceOperation parameter => References.Parameter(parameter.Parameter, this),
        IInstanceReferenceOperation instance => MemberAccess.Instance(instance, this),
        IFieldReferenceOperation field => MemberAccess.Field(field, this),
        IPropertyReferenceOperation property => MemberAccess.Property(property, this),
        IArrayElementReferenceOperation element => MemberAccess.ArrayElement(element, this),
        IInvocationOperation invocation => Invocations.Lower(invocation, this),
        IObjectCreationOperation creation => ObjectCreation.New(creation, this),
        IAnonymousObjectCreationOperation anonymous => ObjectCreation.Anonymous(anonymous, this),
        IArrayCreationOperation array => ObjectCreation.Array(array, this),
        ICollectionExpressionOperation collection => ObjectCreation.CollectionExpression(collection, this),
        IWithOperation with => ObjectCreation.With(with, this),
        ITupleOperation tuple => ObjectCreation.Tuple(tuple, this),
        IConversionOperation conversion => Conversions.Lower(conversion, this),
        IDelegateCreationOperation creation => Lambdas.DelegateCreation(creation, this),
        IAnonymousFunctionOperation function => Lambdas.Arrow(function, this),
        IIsTypeOperation isType => Patterns.IsType(isType, this),
        IIsPatternOperation isPattern => Patterns.IsPattern(isPattern, this),
        ISwitchExpressionOperation switchExpression => Patterns.SwitchExpression(switchExpression, this),
        IThrowOperation throwExpression => Exceptions.ThrowExpression(throwExpression, this),
        ITranslatedQueryOperation query => Expression(query.Operation),
        IAwaitOperation => Unsupported(operation, DiagnosticDescriptors.AsyncNotSupported),
        IDynamicInvocationOperation or IDynamicMemberReferenceOperation or IDynamicObjectCreationOperation or IDynamicIndexerAccessOperation
            => Unsupported(operation, DiagnosticDescriptors.DynamicNotSupported),
        ITypeOfOperation => Unsupported(operation, DiagnosticDescriptors.ReflectionNotSupported, "typeof"),
        IAddressOfOperation or IInlineArrayAccessOperation => Unsupported(operation, DiagnosticDescriptors.UnsafeNotSupported),
        IEventReferenceOperation reference => Events.Reference(reference, this),
        IEventAssignmentOperation assignment => Events.Assignment(assignment, this),
        _ => Unsupported(operation, DiagnosticDescriptors.UnsupportedConstruct, Describe(operation)),
    };

    /// <summary>Lowers a statement into <paramref name="output"/>, preceded by the declarations its expressions hoisted.</summary>
    public void Statement(IOperation operation, List<JsStatement> output) => StatementWith(operation, output, null);

    private void StatementWith(IOperation operation, List<JsStatement> output, Action<List<JsStatement>>? lower)
    {
        var outer = _hoisted;
        _hoisted = new List<string>();
        var produced = new List<JsStatement>();
        try
        {
            if (lower is null) LowerStatement(operation, produced);
            else lower(produced);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Unsupported(operation, DiagnosticDescriptors.InternalError, $"{exception.GetType().Name}: {exception.Message}");
        }
        if (_hoisted.Count == 0)
        {
            output.AddRange(produced);
        }
        else
        {
            var declaration = Let(_hoisted);
            // Variables declared in a loop or switch header belong to that statement in C#; a block keeps
            // a second loop's variable of the same name from clashing with this one.
            if (operation is ILoopOperation or ISwitchOperation) output.Add(new JsBlock(new JsStatement[] { declaration }.Concat(produced).ToList()));
            else
            {
                output.Add(declaration);
                output.AddRange(produced);
            }
        }
        _hoisted = outer;
    }

    private void LowerStatement(IOperation operation, List<JsStatement> output)
    {
        switch (operation)
        {
            case IBlockOperation block:
                output.Add(new JsBlock(Statements(block.Operations)));
                break;
            case IVariableDeclarationGroupOperation group:
                Blocks.Declarations(group, this, output);
                break;
            case IExpressionStatementOperation statement:
                Blocks.ExpressionStatement(statement, this, output);
                break;
            case IReturnOperation { Kind: OperationKind.YieldReturn or OperationKind.YieldBreak } yield:
                output.Add(Iterators.Yield(yield, this));
                break;
            case IReturnOperation { ReturnedValue: null, IsImplicit: true }:
                break;
            case IReturnOperation { ReturnedValue: null } when BareReturnsThis && !InNestedFunction(operation):
                output.Add(new JsReturn(new JsThis()));
                break;
            case IReturnOperation returnOperation:
                output.Add(new JsReturn(returnOperation.ReturnedValue is null ? null : Expression(returnOperation.ReturnedValue)));
                break;
            case IConditionalOperation conditional:
                output.Add(IfStatements.Lower(conditional, this));
                break;
            case IWhileLoopOperation whileLoop:
                Loops.While(whileLoop, this, output);
                break;
            case IForLoopOperation forLoop:
                Loops.For(forLoop, this, output);
                break;
            case IForEachLoopOperation forEach:
                Loops.ForEach(forEach, this, output);
                break;
            case IBranchOperation branch:
                output.Add(Branches.Lower(branch, this));
                break;
            case ISwitchOperation switchOperation:
                Switches.Lower(switchOperation, this, output);
                break;
            case ITryOperation tryOperation:
                TryCatch.Lower(tryOperation, this, output);
                break;
            case IThrowOperation throwOperation:
                output.Add(TryCatch.Throw(throwOperation, this));
                break;
            case ILocalFunctionOperation localFunction:
                LocalFunctions.Lower(localFunction, this, output);
                break;
            case IEmptyOperation:
                break;
            case ILabeledOperation:
                Unsupported(operation, DiagnosticDescriptors.GotoNotSupported);
                break;
            case IUsingOperation usingOperation:
                Usings.Statement(usingOperation, this, output);
                break;
            case IUsingDeclarationOperation declaration:
                Usings.Declaration(declaration, System.Array.Empty<IOperation>(), this, output);
                break;
            case ILockOperation:
                Unsupported(operation, DiagnosticDescriptors.LockNotSupported);
                break;
            default:
                Unsupported(operation, DiagnosticDescriptors.UnsupportedConstruct, Describe(operation));
                break;
        }
    }

    private static bool InNestedFunction(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation) return true;
        }
        return false;
    }

    public List<JsStatement> Statements(IEnumerable<IOperation> operations)
    {
        var list = operations.ToList();
        var output = new List<JsStatement>();
        // A local function that uses `this` becomes an arrow, which is not hoisted: it goes first. So does every
        // local function of a block with a using declaration, whose later statements go into a try block.
        var hasUsingDeclaration = list.Any(o => o is IUsingDeclarationOperation);
        bool GoesFirst(IOperation o) => o is ILocalFunctionOperation local && (hasUsingDeclaration || LocalFunctions.UsesThis(local));
        foreach (var local in list.Where(GoesFirst)) Statement(local, output);
        var rest = list.Where(o => !GoesFirst(o)).ToList();
        for (var i = 0; i < rest.Count; i++)
        {
            if (rest[i] is IUsingDeclarationOperation declaration)
            {
                StatementWith(declaration, output, produced => Usings.Declaration(declaration, rest.Skip(i + 1).ToList(), this, produced));
                break;
            }
            Statement(rest[i], output);
        }
        return output;
    }

    /// <summary>Builds statements outside any C# statement (an initialiser), preceded by the declarations they hoisted.</summary>
    public List<JsStatement> WithHoisting(Func<IEnumerable<JsStatement>> build)
    {
        var outer = _hoisted;
        _hoisted = new List<string>();
        var produced = build().ToList();
        if (_hoisted.Count > 0) produced.Insert(0, Let(_hoisted));
        _hoisted = outer;
        return produced;
    }

    /// <summary>The statements of a body, a nested block's statements inlined.</summary>
    public JsBlock Block(IOperation body) =>
        new(body is IBlockOperation block ? Statements(block.Operations) : Statements(new[] { body }));

    private static string Describe(IOperation operation) =>
        operation.Syntax is { } syntax ? $"'{Shorten(syntax.ToString())}' ({operation.Kind})" : operation.Kind.ToString();

    private static string Shorten(string text)
    {
        var firstLine = text.Split('\n')[0].Trim();
        return firstLine.Length > 60 ? firstLine[..57] + "..." : firstLine;
    }

    // ---- names ------------------------------------------------------------------------------------

    public JsIdentifier Local(ISymbol local) => new(LocalName(local));

    /// <summary>The JavaScript name of a local, parameter or local function: its C# name unless that is reserved or shadows a global.</summary>
    public string LocalName(ISymbol local)
    {
        if (_localNames.TryGetValue(local, out var name)) return name;
        name = local.Name;
        // Local functions are named like other functions; a clash with another name in the body keeps the C# name.
        if (local is IMethodSymbol { MethodKind: MethodKind.LocalFunction } && !_sourceNames.Contains(NamingConvention.ToCamelCase(name)))
        {
            name = NamingConvention.ToCamelCase(name);
        }
        if (!IsUsableLocalName(name))
        {
            // Names the C# compiler makes (a query's <>h__TransparentIdentifier0) are no identifiers at all.
            var baseName = JsNames.IsIdentifierName(name) ? name + "_" : "value";
            name = baseName;
            for (var i = 2; !IsUsableLocalName(name) || _sourceNames.Contains(name); i++) name = baseName + i;
            _takenNames.Add(name);
        }
        _localNames[local] = name;
        return name;
    }

    /// <summary>The name of the hidden parameter that holds a type parameter's default: <c>defaultT</c>.</summary>
    public string TypeDefaultName(ITypeParameterSymbol parameter)
    {
        if (_localNames.TryGetValue(parameter, out var name)) return name;
        return _localNames[parameter] = FreshName("default" + parameter.Name);
    }

    private bool IsUsableLocalName(string name) =>
        JsNames.IsBindingIdentifier(name) && !Semantics.TopLevel.IsBound(name) && !Context.Helpers.IsHelperName(name) && !_takenNames.Contains(name)
        && !(_hoistsToTopLevel && Context.TopLevelTemporaries.Contains(name));

    /// <summary>A fresh name for a compiler temporary, unused by any C# name in the body.</summary>
    public string FreshName(string hint)
    {
        var name = hint;
        for (var i = 2; _sourceNames.Contains(name) || !IsUsableLocalName(name); i++) name = hint + i;
        _takenNames.Add(name);
        return name;
    }

    /// <summary>
    /// Declares <c>let name;</c> before the statement being lowered. Sibling C# scopes in one statement (two
    /// switch arms) may each declare a variable of the same name; they share the one JS variable, which each
    /// assigns before it reads it.
    /// </summary>
    public void Hoist(string name)
    {
        if (!_hoisted.Contains(name)) _hoisted.Add(name);
        if (_hoistsToTopLevel) Context.TopLevelTemporaries.Add(name);
    }

    /// <summary>A hoisted temporary: <c>let name;</c> before the statement, assigned where it is used.</summary>
    public JsIdentifier HoistedTemp(string hint)
    {
        var name = FreshName(hint);
        Hoist(name);
        return new JsIdentifier(name);
    }

    private static JsVariableDeclaration Let(IEnumerable<string> names) =>
        new(JsDeclarationKind.Let, names.Select(n => new JsVariableDeclarator(new JsIdentifier(n), null)).ToList());

    /// <summary>
    /// Lowers an expression that is evaluated in a scope of its own (an arrow's expression body), and wraps it
    /// in a block when it needed hoisted declarations.
    /// </summary>
    public JsNode ExpressionBody(IOperation operation, bool returnsValue)
    {
        var outer = _hoisted;
        _hoisted = new List<string>();
        var value = Expression(operation);
        var hoisted = _hoisted;
        _hoisted = outer;
        if (hoisted.Count == 0) return value;
        return new JsBlock(new JsStatement[] { Let(hoisted), returnsValue ? new JsReturn(value) : new JsExpressionStatement(value) });
    }

    /// <summary>
    /// Evaluates an operation into a hoisted temporary: the returned assignment is to run first, and from now on
    /// lowering the operation gives the temporary, so that code built around it reads the value computed once.
    /// </summary>
    public JsExpression EvaluatedOnce(IOperation operation, string hint)
    {
        var value = Expression(operation);
        var temp = HoistedTemp(hint);
        _evaluated[operation] = temp;
        return new JsAssign("=", temp, value);
    }

    /// <summary>
    /// Makes an expression safe to evaluate twice: a simple one is returned as is; any other is assigned to a
    /// hoisted temporary on its first use. <c>super</c> (the receiver of <c>base.Count += 1</c>) is no value a
    /// temporary can hold, but like <c>this</c> it reads the same every time, so <c>super.count = super.count + 1</c>.
    /// </summary>
    public (JsExpression First, JsExpression Again) Reuse(JsExpression expression, string hint)
    {
        if (IsSimple(expression) || expression is JsSuper) return (expression, expression);
        var temp = HoistedTemp(hint);
        return (new JsAssign("=", temp, expression), temp);
    }

    /// <summary>True for an expression without side effects that is cheap to repeat: a name, a literal, or a member chain of those.</summary>
    public static bool IsSimple(JsExpression expression) => expression switch
    {
        JsIdentifier or JsThis or JsNumberLiteral or JsStringLiteral or JsBooleanLiteral or JsNullLiteral => true,
        JsMember { Optional: false } member => IsSimple(member.Object),
        _ => false,
    };

    /// <summary>Whether a local or parameter is assigned anywhere in the body after its declaration.</summary>
    public bool IsReassigned(ISymbol local)
    {
        _reassigned ??= CollectReassigned();
        return _reassigned.Contains(local);
    }

    private HashSet<ISymbol> CollectReassigned()
    {
        var assigned = new HashSet<ISymbol>(Comparer);
        if (_scopeSyntax is null) return assigned;
        var model = Context.ModelFor(_scopeSyntax.SyntaxTree);
        foreach (var node in _scopeSyntax.DescendantNodes())
        {
            var target = node switch
            {
                Microsoft.CodeAnalysis.CSharp.Syntax.AssignmentExpressionSyntax assignment => assignment.Left,
                Microsoft.CodeAnalysis.CSharp.Syntax.PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression } prefix => prefix.Operand,
                Microsoft.CodeAnalysis.CSharp.Syntax.PostfixUnaryExpressionSyntax postfix => postfix.Operand,
                // A field or an array element passed by reference changes that element, not the variable that holds the object.
                Microsoft.CodeAnalysis.CSharp.Syntax.ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.OutKeyword or (int)SyntaxKind.RefKeyword, Expression: Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax variable } => variable,
                _ => null,
            };
            if (target is null) continue;
            foreach (var identifier in target.DescendantNodesAndSelf().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax>())
            {
                if (model.GetSymbolInfo(identifier).Symbol is ILocalSymbol or IParameterSymbol) assigned.Add(model.GetSymbolInfo(identifier).Symbol!);
            }
        }
        return assigned;
    }

    /// <summary>Whether the body writes elements of the local's tuple, which it then owns (<see cref="TupleCopies"/>).</summary>
    public bool OwnsTuple(ISymbol local)
    {
        _tupleOwners ??= TupleCopies.CollectOwners(_scopeSyntax, _scopeSyntax is null ? Model : Context.ModelFor(_scopeSyntax.SyntaxTree));
        return _tupleOwners.Contains(local);
    }

    /// <summary>Gives a local a chosen JS name, so that several C# locals can share one JS variable (a catch parameter).</summary>
    public void SetLocalName(ISymbol local, string name) => _localNames[local] = name;

    // ---- control flow bookkeeping -------------------------------------------------------------------

    /// <summary>What a C# <c>break</c> to this label becomes: a plain break (null) or a labelled one.</summary>
    public void SetBreakLabel(ILabelSymbol label, string? jsLabel) => _breakLabels[label] = jsLabel;

    public bool TryGetBreakLabel(ILabelSymbol label, out string? jsLabel) => _breakLabels.TryGetValue(label, out jsLabel);

    public void EnterCatch(string parameter) => _catchParameters.Push(parameter);

    public void ExitCatch() => _catchParameters.Pop();

    public string? CurrentCatchParameter => _catchParameters.Count > 0 ? _catchParameters.Peek() : null;

    /// <summary>What an implicit receiver stands for: the value a property pattern tests, or the object being initialised.</summary>
    public JsExpression? ImplicitReceiver => _implicitReceivers.Count > 0 ? _implicitReceivers.Peek() : null;

    public void PushImplicitReceiver(JsExpression receiver) => _implicitReceivers.Push(receiver);

    public void PopImplicitReceiver() => _implicitReceivers.Pop();

    /// <summary>The placeholder that stands for the receiver of the innermost <c>?.</c> being lowered.</summary>
    public JsIdentifier ConditionalReceiver => _conditionalReceivers.Peek();

    public void PushConditionalReceiver(JsIdentifier placeholder) => _conditionalReceivers.Push(placeholder);

    public void PopConditionalReceiver() => _conditionalReceivers.Pop();

    // ---- helpers, references, diagnostics -----------------------------------------------------------

    /// <summary>A reference to a runtime helper, which is then emitted once in the project.</summary>
    public JsIdentifier Helper(string name)
    {
        Context.Helpers.Require(name);
        Context.Graph.AddHelper(Owner, name);
        return new JsIdentifier(name);
    }

    public JsCall CallHelper(string name, params JsExpression[] arguments) => new(Helper(name), arguments);

    /// <summary>Records that the body refers to a symbol of the program, for linking: what is kept, and the load order.</summary>
    public void Reference(ISymbol symbol)
    {
        if (Semantics.IsInSource(symbol)) Context.Graph.AddReference(Owner, symbol.OriginalDefinition);
    }

    /// <summary>Reports a diagnostic at the operation and returns a placeholder, so lowering goes on and finds further errors.</summary>
    public JsExpression Unsupported(IOperation operation, DiagnosticDescriptor descriptor, params object?[] args) =>
        UnsupportedAt(operation.Syntax, descriptor, args);

    public JsExpression UnsupportedAt(SyntaxNode? syntax, DiagnosticDescriptor descriptor, params object?[] args)
    {
        Report(descriptor, syntax, args);
        return new JsIdentifier("undefined");
    }

    public void Report(DiagnosticDescriptor descriptor, SyntaxNode? syntax, params object?[] args) =>
        Context.Report(descriptor, syntax?.GetLocation(), args);

    /// <summary>
    /// Whether the value is certainly not null here: a value type, a nullable value type C#'s analysis knows to hold
    /// a value, or a reference made so (<see cref="Analysis.NonNullValues"/>; annotations are not proof).
    /// </summary>
    public bool IsKnownNotNull(IOperation operation)
    {
        if (operation.ConstantValue is { HasValue: true, Value: not null }) return true;
        if (operation.Type is not { IsValueType: true } type) return Context.NonNullValues.IsNotNull(operation);
        if (type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T) return true;
        if (operation.Syntax is null || operation.IsImplicit) return false;
        return Context.ModelFor(operation.Syntax.SyntaxTree).GetTypeInfo(operation.Syntax).Nullability.FlowState == NullableFlowState.NotNull;
    }
}
