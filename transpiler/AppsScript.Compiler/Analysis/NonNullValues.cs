using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Analysis;

/// <summary>
/// Which values are certainly not null, so that the JavaScript may skip .NET's handling of null (printing it as "",
/// <c>s += x</c> on a null s). C#'s nullable analysis cannot say: a value annotated as not null is null when JSON
/// leaves a member or element out or sets it to null, when a host object returns null, or after <c>null!</c>, and
/// the analysis then calls every local it flows into not null too. So a value counts as not null only by how it is
/// made: a literal, a string built by concatenation or interpolation, a new object, a .NET member whose declared
/// result is not null (not a type parameter, which the collection's element may belie), a method or computed
/// property of the program whose every return is such a value (and every override's), or a local whose every
/// assignment is. Parameters, fields, auto-properties, elements and host objects' members are values anyone may have
/// set to null. Facts about the program's methods and locals are worked out once each.
/// </summary>
internal sealed class NonNullValues
{
    private readonly ScriptSemantics _semantics;
    private readonly Func<SyntaxTree, SemanticModel> _modelFor;
    private readonly Dictionary<ISymbol, bool> _members = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ILocalSymbol, bool> _locals = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<SyntaxNode, ILookup<ISymbol, IOperation>> _writes = new();

    public NonNullValues(ScriptSemantics semantics, Func<SyntaxTree, SemanticModel> modelFor)
    {
        _semantics = semantics;
        _modelFor = modelFor;
    }

    /// <summary>Whether the value of a reference type the operation gives is certainly not null.</summary>
    public bool IsNotNull(IOperation operation) => operation switch
    {
        { ConstantValue.HasValue: true } => operation.ConstantValue.Value is not null,
        IInterpolatedStringOperation or INameOfOperation or ITypeOfOperation or IInstanceReferenceOperation or IThrowOperation => true,
        IObjectCreationOperation or IAnonymousObjectCreationOperation or IArrayCreationOperation or ITupleOperation or IWithOperation => true,
        IDelegateCreationOperation or IAnonymousFunctionOperation or ICollectionExpressionOperation => true,
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, OperatorMethod: null } binary => binary.Type?.SpecialType == SpecialType.System_String,
        IConversionOperation { IsTryCast: false, OperatorMethod: null } conversion => IsNotNull(conversion.Operand),
        IConversionOperation { IsTryCast: false, OperatorMethod: { } method } => Returns(method),
        ICoalesceOperation coalesce => IsNotNull(coalesce.WhenNull),
        IConditionalOperation { WhenFalse: { } whenFalse } conditional => IsNotNull(conditional.WhenTrue) && IsNotNull(whenFalse),
        ISwitchExpressionOperation switchExpression => switchExpression.Arms.All(a => IsNotNull(a.Value)),
        ILocalReferenceOperation local => IsNotNull(local.Local),
        IInvocationOperation invocation => Returns(invocation.TargetMethod),
        IPropertyReferenceOperation property => Returns(property.Property),
        IFieldReferenceOperation field => Returns(field.Field),
        _ => false,
    };

    /// <summary>Whether reading the member (a method's result, a property's value) certainly gives a value that is not null.</summary>
    private bool Returns(ISymbol member)
    {
        if (_members.TryGetValue(member, out var known)) return known;
        // A member that reaches itself is not null only where its other returns say so; assume not until they do.
        _members[member] = false;
        return _members[member] = WorkOut(member);
    }

    private bool WorkOut(ISymbol member)
    {
        var type = member.ContainingType;
        if (type is not null && _semantics.ShapeOf(type) == TypeShape.External) return false;
        // A delegate runs whatever method it was made from.
        if (member is IMethodSymbol { MethodKind: MethodKind.DelegateInvoke }) return false;
        if (!_semantics.IsInSource(member) || member.IsImplicitlyDeclared) return DeclaredNotNull(member);
        if (type?.TypeKind == TypeKind.Interface) return false;
        // A call of a virtual member runs one of its overrides: each must give a value that is not null.
        var overrides = member.IsVirtual || member.IsAbstract || member.IsOverride
            ? _semantics.SourceTypes.SelectMany(t => t.GetMembers(member.Name)).Where(m => Overrides(m, member)).ToList()
            : new List<ISymbol>();
        return (member.IsAbstract || GivesNotNull(member)) && overrides.All(Returns);
    }

    private static bool Overrides(ISymbol candidate, ISymbol member)
    {
        for (var overridden = Overridden(candidate); overridden is not null; overridden = Overridden(overridden))
        {
            if (SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, member.OriginalDefinition)) return true;
        }
        return false;
    }

    private static ISymbol? Overridden(ISymbol member) => member switch
    {
        IMethodSymbol method => method.OverriddenMethod,
        IPropertySymbol property => property.OverriddenProperty,
        _ => null,
    };

    /// <summary>Whether the program's own method or computed property returns only values that are not null.</summary>
    private bool GivesNotNull(ISymbol member)
    {
        var method = member switch
        {
            IMethodSymbol m => m,
            IPropertySymbol { GetMethod: { } getter } property when !IsAutoProperty(property) => getter,
            _ => null,
        };
        if (method is null) return false;
        if (method.IsIterator) return true;
        if (method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not { } declaration) return false;
        if (_modelFor(declaration.SyntaxTree).GetOperation(declaration) is not { } body) return false;
        var returns = Returned(body).ToList();
        return returns.Count > 0 && returns.All(IsNotNull);
    }

    /// <summary>A .NET member's declared result: not a type parameter (a List&lt;string&gt;'s element may be null) and not annotated nullable.</summary>
    private static bool DeclaredNotNull(ISymbol member)
    {
        var declared = member.OriginalDefinition switch
        {
            IMethodSymbol method => (method.ReturnType, method.ReturnNullableAnnotation),
            IPropertySymbol property => (property.Type, property.NullableAnnotation),
            IFieldSymbol field => (field.Type, field.NullableAnnotation),
            _ => (null, NullableAnnotation.None),
        };
        return declared.Item1 is { TypeKind: not TypeKind.TypeParameter } && declared.Item2 == NullableAnnotation.NotAnnotated;
    }

    private static bool IsAutoProperty(IPropertySymbol property) =>
        property.ContainingType.GetMembers().OfType<IFieldSymbol>().Any(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, property));

    /// <summary>The values a body returns, its own (not those of the lambdas and local functions in it).</summary>
    private static IEnumerable<IOperation> Returned(IOperation body)
    {
        var pending = new Stack<IOperation>();
        pending.Push(body);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            if (operation is IReturnOperation { ReturnedValue: { } value }) yield return value;
            foreach (var child in operation.ChildOperations)
            {
                if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation)) pending.Push(child);
            }
        }
    }

    private bool IsNotNull(ILocalSymbol local)
    {
        if (_locals.TryGetValue(local, out var known)) return known;
        _locals[local] = false;
        return _locals[local] = WorkOut(local);
    }

    /// <summary>A local is not null when it starts so (a pattern's or catch's variable, or a not-null initialiser) and every assignment keeps it so.</summary>
    private bool WorkOut(ILocalSymbol local)
    {
        if (local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not { } declaration) return false;
        var starts = declaration switch
        {
            CatchDeclarationSyntax => true,
            SingleVariableDesignationSyntax { Parent: DeclarationPatternSyntax or RecursivePatternSyntax } => true,
            VariableDeclaratorSyntax { Initializer: { } initializer } => _modelFor(declaration.SyntaxTree).GetOperation(initializer.Value) is { } value && IsNotNull(value),
            _ => false,
        };
        return starts && Writes(declaration, local).All(KeepsNotNull);
    }

    private bool KeepsNotNull(IOperation write) => write switch
    {
        ISimpleAssignmentOperation assignment => IsNotNull(assignment.Value),
        ICoalesceAssignmentOperation assignment => IsNotNull(assignment.Value),
        ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add, OperatorMethod: null } compound => compound.Type?.SpecialType == SpecialType.System_String,
        _ => false,
    };

    /// <summary>The operations that set the local after its declaration, found in one walk of the member that declares it.</summary>
    private IEnumerable<IOperation> Writes(SyntaxNode declaration, ILocalSymbol local)
    {
        var member = declaration.AncestorsAndSelf().LastOrDefault(n => n is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or ArrowExpressionClauseSyntax or GlobalStatementSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax)
            ?? declaration;
        if (!_writes.TryGetValue(member, out var writes))
        {
            var root = _modelFor(member.SyntaxTree).GetOperation(member);
            _writes[member] = writes = (root is null ? Enumerable.Empty<IOperation>() : root.Descendants())
                .Select(o => (Target: WrittenLocal(o), Write: o))
                .Where(w => w.Target is not null)
                .ToLookup<(ILocalSymbol? Target, IOperation Write), ISymbol, IOperation>(w => w.Target!, w => w.Write, SymbolEqualityComparer.Default);
        }
        return writes[local];
    }

    /// <summary>The local an operation writes: an assignment's target, an increment's, a ref or out argument, a deconstruction's part.</summary>
    private static ILocalSymbol? WrittenLocal(IOperation operation) => operation switch
    {
        IAssignmentOperation { Target: ILocalReferenceOperation target } => target.Local,
        IIncrementOrDecrementOperation { Target: ILocalReferenceOperation target } => target.Local,
        IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out, Value: ILocalReferenceOperation target } => target.Local,
        ILocalReferenceOperation target when IsDeconstructedInto(target) => target.Local,
        _ => null,
    };

    private static bool IsDeconstructedInto(IOperation target)
    {
        var part = target;
        while (part.Parent is ITupleOperation tuple) part = tuple;
        return part != target && part.Parent is IDeconstructionAssignmentOperation assignment && assignment.Target == part;
    }
}
