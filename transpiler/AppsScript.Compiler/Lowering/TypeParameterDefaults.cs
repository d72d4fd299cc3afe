using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering.Declarations;
using AppsScript.Compiler.Lowering.Expressions;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering;

/// <summary>
/// <c>default(T)</c> of a type parameter. Generics are erased, and T's default differs per type argument (0,
/// false, null), but Roslyn knows the type arguments of every call. So a method that needs T's default takes it
/// as a trailing parameter, <c>defaultT</c>, and each call passes the default of its type argument:
/// <c>firstOr(numbers, 0)</c>, <c>firstOr(names, null)</c>; for T of a generic class, the call's receiver type
/// or type name gives it (<c>Result&lt;int&gt;.failure("no", 0)</c>). Only methods that need it get it, so other
/// generic methods keep the signature they were written with. A method needs it when its body has
/// <c>default</c> of T, an <c>*OrDefault</c> of T, an array of T without elements, or calls a method that needs
/// it with T; a constructor also when it leaves a field of type T at its default or its base constructor needs
/// it. A virtual, abstract or interface method does not get it, since a call through the base could not tell
/// which override it reaches, nor do accessors, static initialisers and the constructors of a class with several
/// (which become methods): there <c>default(T)</c> stays GAS1017.
/// </summary>
internal sealed class TypeParameterDefaults
{
    private static readonly SymbolEqualityComparer Comparer = SymbolEqualityComparer.Default;

    private readonly LoweringContext _context;
    private readonly Dictionary<IMethodSymbol, IReadOnlyList<ITypeParameterSymbol>> _needed = new(Comparer);

    public TypeParameterDefaults(LoweringContext context)
    {
        _context = context;
    }

    /// <summary>The type parameters of the method whose defaults it takes, in declaration order.</summary>
    public IReadOnlyList<ITypeParameterSymbol> Needed(IMethodSymbol method)
    {
        method = method.OriginalDefinition;
        if (_needed.TryGetValue(method, out var known)) return known;
        // A recursive call adds nothing the method does not already need.
        _needed[method] = Array.Empty<ITypeParameterSymbol>();
        var needed = CanTake(method) ? Find(method) : new HashSet<ITypeParameterSymbol>(Comparer);
        return _needed[method] = Candidates(method).Where(needed.Contains).ToList();
    }

    private bool CanTake(IMethodSymbol method) => Candidates(method).Any(HasValueDefault) && method.MethodKind switch
    {
        MethodKind.Ordinary or MethodKind.LocalFunction => !method.IsVirtual && !method.IsAbstract && !method.IsOverride
            && method.ContainingType.TypeKind != TypeKind.Interface && method.DeclaringSyntaxReferences.Length > 0,
        MethodKind.Constructor => _context.Semantics.ShapeOf(method.ContainingType) == TypeShape.Class && !_context.Semantics.HasConstructorMethods(method.ContainingType),
        _ => false,
    };

    /// <summary>
    /// The type parameters a method may take defaults of: its own, and its class's for a method or constructor (a
    /// local function has its method's in scope).
    /// </summary>
    private static IEnumerable<ITypeParameterSymbol> Candidates(IMethodSymbol method) =>
        method.MethodKind is MethodKind.Ordinary or MethodKind.Constructor ? method.TypeParameters.Concat(method.ContainingType.TypeParameters) : method.TypeParameters;

    /// <summary>Whether T's default may be other than null: T is not constrained to reference types.</summary>
    public static bool HasValueDefault(ITypeParameterSymbol parameter) =>
        !parameter.HasReferenceTypeConstraint && !parameter.ConstraintTypes.Any(c => c.IsReferenceType);

    private HashSet<ITypeParameterSymbol> Find(IMethodSymbol method)
    {
        var found = new HashSet<ITypeParameterSymbol>(Comparer);
        var candidates = Candidates(method).ToList();
        void Add(ITypeSymbol? type)
        {
            if (type is ITypeParameterSymbol parameter && candidates.Contains(parameter, Comparer) && HasValueDefault(parameter)) found.Add(parameter);
        }
        void AddPassed(IMethodSymbol callee)
        {
            if (!_context.Semantics.IsInSource(callee.ContainingType)) return;
            foreach (var parameter in Needed(callee)) Add(TypeArgument(callee, parameter));
        }
        var bodies = method.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).ToList();
        if (method.MethodKind == MethodKind.Constructor)
        {
            foreach (var member in method.ContainingType.GetMembers().Where(m => !m.IsStatic))
            {
                var fieldType = member switch
                {
                    IFieldSymbol { AssociatedSymbol: null, IsConst: false } field => field.Type,
                    IPropertySymbol property when ScriptSemantics.IsAutoProperty(property) => property.Type,
                    _ => null,
                };
                // A record's positional property starts at its parameter's value.
                if (fieldType is null || member.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is ParameterSyntax)) continue;
                if (MemberBodies.Initializer(member, _context) is { } initializer) bodies.Add(initializer.Syntax);
                else Add(fieldType);
            }
            var chained = bodies.OfType<ConstructorDeclarationSyntax>().Any(c => c.Initializer is not null);
            if (!chained && method.ContainingType.BaseType?.InstanceConstructors.FirstOrDefault(c => c.Parameters.Length == 0) is { } implicitBase) AddPassed(implicitBase);
        }
        foreach (var syntax in bodies)
        {
            if (_context.ModelFor(syntax.SyntaxTree).GetOperation(syntax) is not { } body) continue;
            foreach (var operation in body.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IDefaultValueOperation or IDiscardOperation:
                        Add(operation.Type);
                        break;
                    case IArrayCreationOperation { Initializer: null, Type: IArrayTypeSymbol array }:
                        Add(array.ElementType);
                        break;
                    case IInvocationOperation invocation when invocation.TargetMethod.Name.EndsWith("OrDefault", StringComparison.Ordinal):
                        Add(invocation.Type);
                        break;
                    case IInvocationOperation invocation:
                        AddPassed(invocation.TargetMethod);
                        break;
                    case IMethodReferenceOperation methodReference:
                        AddPassed(methodReference.Method);
                        break;
                    case IObjectCreationOperation { Constructor: { } constructor }:
                        AddPassed(constructor);
                        break;
                }
            }
        }
        return found;
    }

    /// <summary>The method's parameters with its hidden ones after those it declares, but before a rest parameter, which must come last.</summary>
    public List<JsParameter> WithParameters(IMethodSymbol method, IEnumerable<JsParameter> declared, BodyLowerer body)
    {
        var parameters = declared.ToList();
        parameters.InsertRange(HiddenIndex(method, parameters.Count), Needed(method).Select(parameter => new JsParameter(body.TypeDefaultName(parameter))));
        return parameters;
    }

    /// <summary>
    /// A call's arguments with the default of each type argument the method takes, placed as its parameters are:
    /// a params array's elements come after them.
    /// </summary>
    public List<JsExpression> WithArguments(IMethodSymbol method, IEnumerable<JsExpression> arguments, SyntaxNode? at, BodyLowerer body)
    {
        var values = arguments.ToList();
        var needed = Needed(method);
        if (needed.Count == 0) return values;
        var defaults = needed.Select(parameter => Literals.DefaultOf(TypeArgument(method, parameter), at, body));
        values.InsertRange(HiddenIndex(method, method.Parameters.Length), defaults);
        return values;
    }

    /// <summary>Where the hidden parameters go among <paramref name="count"/> declared ones (every argument is passed to a user function).</summary>
    private static int HiddenIndex(IMethodSymbol method, int count) =>
        method.Parameters.Length > 0 && method.Parameters[^1].IsParams ? count - 1 : count;

    private static ITypeSymbol TypeArgument(IMethodSymbol method, ITypeParameterSymbol parameter) =>
        parameter.TypeParameterKind == TypeParameterKind.Method ? method.TypeArguments[parameter.Ordinal] : method.ContainingType.TypeArguments[parameter.Ordinal];

    /// <summary>
    /// T's default where the body has it, or null: the hidden parameter of the generic method that declares T, or
    /// for a class's T, of the method being lowered.
    /// </summary>
    public JsExpression? Of(ITypeParameterSymbol parameter, BodyLowerer body)
    {
        var method = parameter.DeclaringMethod ?? body.Owner as IMethodSymbol;
        return method is not null && Needed(method).Contains(parameter, Comparer) ? new JsIdentifier(body.TypeDefaultName(parameter)) : null;
    }
}
