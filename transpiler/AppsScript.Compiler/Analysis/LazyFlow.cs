using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Lowering;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Analysis;

/// <summary>
/// Which values of a program with iterators may hold an iterator's sequence (or a lazy LINQ operator's over one),
/// known from the whole program: the compiler sees every call of every method, every assignment of every variable,
/// field and property, and every return, so a parameter, field, property or method result holds an iterator's
/// sequence only where one of those can give it one. Values the program cannot follow (an element of a collection,
/// a value seen as object, a delegate's result or a lambda's parameter, a generic library member's T) may hold one
/// as soon as any such sequence goes where the program cannot follow it; values from outside (Apps Script's
/// arguments, JSON read, the library's arrays and lists) do not.
/// </summary>
internal sealed class LazyFlow
{
    private readonly ScriptSemantics _semantics;
    private readonly Dictionary<ISymbol, ISymbol> _groups = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> _lazy = new(SymbolEqualityComparer.Default);

    /// <summary>Whether a sequence went where the program cannot follow it, so that every value it cannot follow may be one.</summary>
    private bool _lost;

    private LazyFlow(ScriptSemantics semantics)
    {
        _semantics = semantics;
    }

    /// <summary>Whether the value of the operation may be an iterator's sequence, or an object of the program's enumerable classes.</summary>
    public bool MayHold(IOperation? operation) => operation switch
    {
        null => false,
        { Type: var type } when IsProgramIterable(type) => true,
        IConversionOperation conversion => MayHold(conversion.Operand),
        IParenthesizedOperation parenthesized => MayHold(parenthesized.Operand),
        ITranslatedQueryOperation query => MayHold(query.Operation),
        ILocalReferenceOperation local => _lazy.Contains(local.Local),
        IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } } => _lost,
        IParameterReferenceOperation parameter => _lazy.Contains(Key(parameter.Parameter)),
        IFieldReferenceOperation field => Member(field.Field, field.Field.OriginalDefinition.Type),
        IPropertyReferenceOperation property => Member(property.Property, property.Property.OriginalDefinition.Type),
        IInvocationOperation invocation => Invocation(invocation),
        IConditionalOperation conditional => MayHold(conditional.WhenTrue) || MayHold(conditional.WhenFalse),
        ICoalesceOperation coalesce => MayHold(coalesce.Value) || MayHold(coalesce.WhenNull),
        ISwitchExpressionOperation switchExpression => switchExpression.Arms.Any(arm => MayHold(arm.Value)),
        IConditionalAccessOperation access => MayHold(access.WhenNotNull),
        ISimpleAssignmentOperation assignment => MayHold(assignment.Value),
        ICoalesceAssignmentOperation assignment => MayHold(assignment.Target) || MayHold(assignment.Value),
        IDeclarationExpressionOperation declaration => MayHold(declaration.Expression),
        IObjectCreationOperation or IArrayCreationOperation or ICollectionExpressionOperation or ILiteralOperation or IDefaultValueOperation
            or IAnonymousObjectCreationOperation or ITupleOperation or IInterpolatedStringOperation or IBinaryOperation or IUnaryOperation
            or IThrowOperation or IDelegateCreationOperation or IAnonymousFunctionOperation or IInstanceReferenceOperation
            or IIsTypeOperation or IIsPatternOperation or ITypeOfOperation or INameOfOperation or IInvalidOperation => false,
        _ => _lost,
    };

    /// <summary>
    /// Whether a value of the type may be an object of the program's enumerable classes: the class itself, or, where the
    /// program has read-only collection classes, IReadOnlyCollection&lt;T&gt; or IReadOnlyList&lt;T&gt;.
    /// </summary>
    public bool IsProgramIterable(ITypeSymbol? type) => EnumerableClasses.IsEnumerableClass(type)
        || _semantics.HasReadOnlyCollectionClasses && EnumerableClasses.IsReadOnlyCollectionInterface(type);

    /// <summary>Whether a delegate may return an iterator's sequence (SelectMany's selector, a lambda kept in a variable).</summary>
    public bool MayReturnLazy(IOperation? argument)
    {
        if (argument?.Type is not INamedTypeSymbol { TypeKind: TypeKind.Delegate, DelegateInvokeMethod: { } invoke } || !CanHold(invoke.ReturnType)) return false;
        return Sequences(argument) switch
        {
            IDelegateCreationOperation { Target: IAnonymousFunctionOperation function } => _lazy.Contains(function.Symbol),
            IDelegateCreationOperation { Target: IMethodReferenceOperation reference } =>
                _semantics.IsInSource(reference.Method.OriginalDefinition) ? _lazy.Contains(ResultKey(reference.Method)) : _lost,
            _ => _lost,
        };
    }

    private static IOperation Sequences(IOperation operation) => Replacements.Sequences.Written(operation);

    private bool Member(ISymbol member, ITypeSymbol declaredType) => _semantics.IsInSource(member.OriginalDefinition)
        ? _lazy.Contains(Key(member))
        : (declaredType is ITypeParameterSymbol || member.ContainingType.IsAnonymousType || member.ContainingType.IsTupleType) && _lost;

    private bool Invocation(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.MethodKind == MethodKind.DelegateInvoke) return _lost;
        if (_semantics.IsInSource(method.OriginalDefinition)) return _lazy.Contains(ResultKey(method));
        var returned = method.OriginalDefinition.ReturnType;
        if (returned is ITypeParameterSymbol) return _lost;
        // A LINQ operator's sequence streams from its sources, and from what its selector returns (SelectMany).
        return LazySequences.IsLinqOperator(invocation) && returned.TypeKind == TypeKind.Interface
            && invocation.Arguments.Any(a => MayHold(a.Value) || MayReturnLazy(a.Value));
    }

    /// <summary>The symbol a method's result is known by: a getter's is its property's, an override's or implementation's that of what it overrides or implements.</summary>
    private ISymbol ResultKey(IMethodSymbol method) => method.OriginalDefinition is { MethodKind: MethodKind.PropertyGet, AssociatedSymbol: IPropertySymbol property }
        ? Key(property)
        : Key(method);

    /// <summary>
    /// The symbol a value is known by: members of generic types by their definitions, an override or implementation
    /// by its group (a call may reach any of them), an accessor's parameters by their property's (a setter's value
    /// is what is assigned to the property).
    /// </summary>
    private ISymbol Key(ISymbol symbol)
    {
        symbol = symbol.OriginalDefinition;
        if (symbol is IParameterSymbol { ContainingSymbol: IMethodSymbol { AssociatedSymbol: IPropertySymbol property } })
        {
            var parameter = (IParameterSymbol)symbol;
            symbol = parameter.Ordinal < property.Parameters.Length ? property.Parameters[parameter.Ordinal] : property;
        }
        while (_groups.TryGetValue(symbol, out var parent) && !SymbolEqualityComparer.Default.Equals(parent, symbol)) symbol = parent;
        return symbol;
    }

    private void Join(ISymbol one, ISymbol other)
    {
        var (a, b) = (Key(one), Key(other));
        if (!SymbolEqualityComparer.Default.Equals(a, b)) _groups[a] = b;
    }

    /// <summary>Whether a variable of the type can hold a sequence: a sequence interface, object, dynamic or a type parameter.</summary>
    private static bool CanHold(ITypeSymbol? type) => type is null or ITypeParameterSymbol or IDynamicTypeSymbol
        || type.SpecialType is SpecialType.System_Object or SpecialType.System_Collections_IEnumerable
        || LazySequences.IsEnumerableInterface(type);

    /// <summary>
    /// Takes in the program's declarations and bodies (<see cref="ProgramScan"/>), then finds the values that may hold
    /// an iterator's sequence by a fixpoint over what flows where.
    /// </summary>
    public sealed class Collector
    {
        private readonly LazyFlow _flow;
        private readonly List<(ISymbol Target, IOperation? Value, ISymbol? From)> _edges = new();
        private readonly List<IOperation> _sinks = new();
        private readonly List<IDelegateCreationOperation> _delegates = new();
        private readonly List<IMethodSymbol> _iterators = new();
        private readonly List<(ISymbol, ISymbol)> _joins = new();
        private readonly HashSet<INamedTypeSymbol> _types = new(SymbolEqualityComparer.Default);

        public Collector(ScriptSemantics semantics)
        {
            _flow = new LazyFlow(semantics);
        }

        private ScriptSemantics Semantics => _flow._semantics;

        public void Visit(SyntaxNode node, SemanticModel model)
        {
            switch (node)
            {
                case TypeDeclarationSyntax type when model.GetDeclaredSymbol(type) is INamedTypeSymbol symbol && _types.Add(symbol):
                    Relate(symbol);
                    if (type is RecordDeclarationSyntax { ParameterList: { } parameters }) PositionalProperties(symbol, parameters, model);
                    break;
                case BaseMethodDeclarationSyntax or AccessorDeclarationSyntax when model.GetDeclaredSymbol(node) is IMethodSymbol method:
                    if (method.IsIterator) _iterators.Add(method);
                    Walk(model.GetOperation(node), method);
                    break;
                case ArrowExpressionClauseSyntax { Parent: BasePropertyDeclarationSyntax declaration } when model.GetDeclaredSymbol(declaration) is IPropertySymbol { GetMethod: { } getter }:
                    Walk(model.GetOperation(node), getter);
                    break;
                case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax or VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax } }:
                case PrimaryConstructorBaseTypeSyntax:
                    Walk(model.GetOperation(node), null);
                    break;
            }
        }

        public LazyFlow Result()
        {
            foreach (var (one, other) in _joins) _flow.Join(one, other);
            var edges = _edges.Select(e => (Target: _flow.Key(e.Target), e.Value, From: e.From is null ? null : _flow.Key(e.From))).ToList();
            foreach (var iterator in _iterators) _flow._lazy.Add(_flow.ResultKey(iterator));
            bool changed;
            do
            {
                changed = false;
                foreach (var (target, value, from) in edges)
                {
                    if (_flow._lazy.Contains(target)) continue;
                    if (from is not null ? _flow._lazy.Contains(from) : value is null ? _flow._lost : _flow.MayHold(value))
                    {
                        _flow._lazy.Add(target);
                        changed = true;
                    }
                }
                if (!_flow._lost && (_sinks.Any(_flow.MayHold) || _delegates.Any(d => _flow.MayReturnLazy(d))))
                {
                    _flow._lost = true;
                    changed = true;
                }
            }
            while (changed);
            return _flow;
        }

        /// <summary>
        /// Joins each override and implementation in the type with what it overrides or implements, whose calls may
        /// reach it; a member overriding or implementing the library's is called by the library with values the
        /// program does not follow.
        /// </summary>
        private void Relate(INamedTypeSymbol type)
        {
            foreach (var member in type.GetMembers())
            {
                var overridden = member switch
                {
                    IMethodSymbol method => method.OverriddenMethod,
                    IPropertySymbol property => (ISymbol?)property.OverriddenProperty,
                    _ => null,
                };
                if (overridden is not null) Relate(member, overridden);
            }
            foreach (var contract in type.AllInterfaces)
            {
                foreach (var member in contract.GetMembers())
                {
                    if (type.FindImplementationForInterfaceMember(member) is { } implementation && Semantics.IsInSource(implementation.OriginalDefinition)) Relate(implementation, member);
                }
            }
        }

        private void Relate(ISymbol member, ISymbol other)
        {
            var parameters = member switch { IMethodSymbol m => m.Parameters, IPropertySymbol p => p.Parameters, _ => default };
            if (!Semantics.IsInSource(other.OriginalDefinition))
            {
                foreach (var parameter in parameters) Unknown(parameter);
                return;
            }
            _joins.Add((member.OriginalDefinition, other.OriginalDefinition));
            var others = other switch { IMethodSymbol m => m.Parameters, IPropertySymbol p => p.Parameters, _ => default };
            for (var i = 0; i < parameters.Length && i < others.Length; i++) _joins.Add((parameters[i].OriginalDefinition, others[i].OriginalDefinition));
        }

        /// <summary>A record's positional parameters initialise its properties of their names.</summary>
        private void PositionalProperties(INamedTypeSymbol record, ParameterListSyntax parameters, SemanticModel model)
        {
            foreach (var syntax in parameters.Parameters)
            {
                if (model.GetDeclaredSymbol(syntax) is { } parameter && record.GetMembers(parameter.Name).OfType<IPropertySymbol>().FirstOrDefault() is { } property)
                {
                    Edge(property, property.Type, null, parameter);
                }
            }
        }

        private void Walk(IOperation? operation, IMethodSymbol? owner)
        {
            if (operation is null) return;
            switch (operation)
            {
                case IAnonymousFunctionOperation function:
                    owner = function.Symbol;
                    break;
                case ILocalFunctionOperation local:
                    owner = local.Symbol;
                    if (local.Symbol.IsIterator) _iterators.Add(local.Symbol);
                    break;
                case IReturnOperation { ReturnedValue: { } value } returned when returned.Kind == OperationKind.YieldReturn:
                    Sink(value);
                    break;
                case IReturnOperation { ReturnedValue: { } value } when owner is not null:
                    Edge(owner.OriginalDefinition is { MethodKind: MethodKind.PropertyGet, AssociatedSymbol: { } gotten } ? gotten : owner, owner.ReturnType, value, null);
                    break;
                case IVariableDeclaratorOperation declarator when declarator.GetVariableInitializer() is { Value: var value }:
                    Edge(declarator.Symbol, declarator.Symbol.Type, value, null);
                    break;
                case ISimpleAssignmentOperation assignment:
                    Assign(assignment.Target, assignment.Value);
                    break;
                case ICoalesceAssignmentOperation assignment:
                    Assign(assignment.Target, assignment.Value);
                    break;
                case IDeconstructionAssignmentOperation deconstruction:
                    AssignUnknown(deconstruction.Target);
                    Walk(deconstruction.Value, owner);
                    return;
                case IFieldInitializerOperation initializer:
                    foreach (var field in initializer.InitializedFields) Edge(field, field.Type, initializer.Value, null);
                    break;
                case IPropertyInitializerOperation initializer:
                    foreach (var property in initializer.InitializedProperties) Edge(property, property.Type, initializer.Value, null);
                    break;
                case IInvocationOperation invocation:
                    Arguments(invocation.TargetMethod, invocation.Arguments);
                    break;
                case IObjectCreationOperation { Constructor: { } constructor } creation:
                    Arguments(constructor, creation.Arguments);
                    break;
                case IPropertyReferenceOperation { Arguments.Length: > 0 } indexer:
                    Arguments(indexer.Property.GetMethod ?? indexer.Property.SetMethod!, indexer.Arguments);
                    break;
                case IArrayInitializerOperation array:
                    foreach (var element in array.ElementValues) Sink(element);
                    break;
                case ICollectionExpressionOperation collection:
                    foreach (var element in collection.Elements.Where(e => e is not ISpreadOperation)) Sink(element);
                    break;
                case ITupleOperation tuple:
                    foreach (var element in tuple.Elements) Sink(element);
                    break;
                case IConversionOperation conversion when !LazySequences.IsEnumerableInterface(conversion.Type) && conversion.Type is not ITypeParameterSymbol:
                    Sink(conversion.Operand);
                    break;
                case IDelegateCreationOperation creation:
                    Delegate(creation);
                    break;
                case IForEachLoopOperation loop:
                    foreach (var local in loop.Locals) Unknown(local);
                    break;
                case IDeclarationPatternOperation { DeclaredSymbol: { } declared }:
                    Unknown(declared);
                    break;
                case IRecursivePatternOperation { DeclaredSymbol: { } declared }:
                    Unknown(declared);
                    break;
                case IListPatternOperation { DeclaredSymbol: { } declared }:
                    Unknown(declared);
                    break;
            }
            foreach (var child in operation.ChildOperations) Walk(child, owner);
        }

        /// <summary>
        /// A call's arguments: the program's own method's parameters take them (and its ref and out parameters give
        /// back what they hold); the library keeps what it takes as anything but a sequence it reads.
        /// </summary>
        private void Arguments(IMethodSymbol method, IEnumerable<IArgumentOperation> arguments)
        {
            var own = method.MethodKind != MethodKind.DelegateInvoke && Semantics.IsInSource(method.OriginalDefinition);
            foreach (var argument in arguments)
            {
                var parameter = argument.Parameter;
                if (parameter is { RefKind: RefKind.Out or RefKind.Ref })
                {
                    if (own) Assign(argument.Value, null, parameter.OriginalDefinition);
                    else AssignUnknown(argument.Value);
                }
                if (parameter is { RefKind: RefKind.Out }) continue;
                if (own) Edge(parameter!, parameter!.OriginalDefinition.Type, argument.Value, null);
                else if (parameter is null || !LazySequences.IsEnumerableInterface(parameter.OriginalDefinition.Type)) Sink(argument.Value);
            }
        }

        /// <summary>
        /// A delegate made of a lambda or method that may return an iterator's sequence goes where its results cannot be
        /// followed, but as SelectMany's selector, whose sequences SelectMany reads; a method made a delegate is called
        /// with arguments the program does not follow.
        /// </summary>
        private void Delegate(IDelegateCreationOperation creation)
        {
            if (creation.Target is IMethodReferenceOperation { Method: var method } && Semantics.IsInSource(method.OriginalDefinition))
            {
                foreach (var parameter in method.Parameters) Unknown(parameter);
            }
            var selector = creation.Parent is IArgumentOperation { Parameter.Ordinal: 1, Parent: IInvocationOperation invocation } && LazySequences.IsLinqOperator(invocation, "SelectMany");
            if (!selector) _delegates.Add(creation);
        }

        private void Assign(IOperation target, IOperation? value, ISymbol? from = null)
        {
            switch (Sequences(target))
            {
                case ILocalReferenceOperation local:
                    Edge(local.Local, local.Local.Type, value, from);
                    break;
                case IDeclarationExpressionOperation declaration:
                    Assign(declaration.Expression, value, from);
                    break;
                case IParameterReferenceOperation parameter:
                    Edge(parameter.Parameter, parameter.Parameter.Type, value, from);
                    break;
                case IFieldReferenceOperation field when Semantics.IsInSource(field.Field.OriginalDefinition):
                    Edge(field.Field, field.Field.Type, value, from);
                    break;
                case IPropertyReferenceOperation property when Semantics.IsInSource(property.Property.OriginalDefinition):
                    Edge(property.Property, property.Property.Type, value, from);
                    break;
                default:
                    if (value is not null) Sink(value);
                    break;
            }
        }

        /// <summary>Variables that take values the program does not follow: a deconstruction's, a library's out arguments.</summary>
        private void AssignUnknown(IOperation target)
        {
            switch (Sequences(target))
            {
                case ITupleOperation tuple:
                    foreach (var element in tuple.Elements) AssignUnknown(element);
                    break;
                case IDeclarationExpressionOperation declaration:
                    AssignUnknown(declaration.Expression);
                    break;
                case ILocalReferenceOperation local:
                    Unknown(local.Local);
                    break;
                case IParameterReferenceOperation parameter:
                    Unknown(parameter.Parameter);
                    break;
                case IFieldReferenceOperation field when Semantics.IsInSource(field.Field.OriginalDefinition):
                    Unknown(field.Field);
                    break;
                case IPropertyReferenceOperation property when Semantics.IsInSource(property.Property.OriginalDefinition):
                    Unknown(property.Property);
                    break;
            }
        }

        private void Unknown(ISymbol symbol)
        {
            var type = symbol switch { ILocalSymbol l => l.Type, IParameterSymbol p => p.Type, IFieldSymbol f => f.Type, IPropertySymbol p => p.Type, _ => null };
            Edge(symbol, type, null, null);
        }

        private void Edge(ISymbol target, ITypeSymbol? type, IOperation? value, ISymbol? from)
        {
            if (CanHold(type) && (value is null || CanHold(Sequences(value).Type))) _edges.Add((target, value, from));
        }

        private void Sink(IOperation value)
        {
            if (Sequences(value).Type is { } type && CanHold(type)) _sinks.Add(value);
        }
    }
}
