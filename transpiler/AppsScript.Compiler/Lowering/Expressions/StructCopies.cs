using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>
/// A struct of the program is a JavaScript object, which every variable given it would share, where .NET copies
/// the value wherever it is assigned, passed, returned, stored or boxed. So a struct read from where it is kept (a
/// local, parameter, field, property, array or list element, a library's result, an unboxing) is copied,
/// <c>value.copy_()</c>, wherever it goes on as a whole; a value made right there (<c>new</c>, <c>default</c>, a
/// call of the program's own code, which returns a copy) is not. A member read of it needs no copy, nor does a
/// call on a variable, which mutates the variable itself as in .NET; a call of a method that may mutate, on a
/// value that is no variable (a property, a list element, a readonly field, an <c>in</c> parameter), runs on a
/// copy, .NET's defensive copy. A variable a library fills (a lambda's parameter, a <c>foreach</c> variable) is
/// copied first where its body changes it.
/// </summary>
internal static class StructCopies
{
    /// <summary>The name of the method every struct class has that returns a copy of the value, nested structs copied too.</summary>
    public const string CopyMethod = "copy_";

    /// <summary>The lowered value, copied where the operation reads a struct that it does not make and its use keeps as a whole.</summary>
    public static JsExpression Read(IOperation operation, JsExpression lowered, BodyLowerer body)
    {
        if (operation.Type is IArrayTypeSymbol { ElementType: var elementType } && TypeFacts.IsSourceStruct(elementType) && IsLibraryCall(operation, body))
        {
            // A library's new array (ToArray) holds the elements of another collection, which its own elements must not be.
            var element = new JsIdentifier(body.FreshName("element"));
            return new JsCall(new JsMember(lowered, "map"), new[] { new JsArrow(new[] { new JsParameter(element.Name) }, Copy(element, TypeFacts.IsNullableValueType(elementType))) });
        }
        if (operation.Type is INamedTypeSymbol { IsTupleType: true } tuple && HoldsStruct(tuple) && IsKept(operation, body) && GoesOnWhole(operation, body))
        {
            return TupleWithCopies(tuple, lowered, body);
        }
        if (!TypeFacts.IsSourceStruct(operation.Type) || !IsKept(operation, body) || !GoesOnWhole(operation, body)) return lowered;
        return Copy(lowered, TypeFacts.IsNullableValueType(operation.Type));
    }

    /// <summary><c>value.copy_()</c>, or <c>value?.copy_() ?? null</c> for a nullable struct.</summary>
    public static JsExpression Copy(JsExpression value, bool nullable)
    {
        if (!nullable) return new JsCall(new JsMember(value, CopyMethod), Array.Empty<JsExpression>());
        return new JsBinary("??", new JsCall(new JsMember(value, CopyMethod, Optional: true), Array.Empty<JsExpression>()), new JsNullLiteral());
    }

    /// <summary>Whether the value is kept somewhere else too, so that its object is shared: not made by this expression.</summary>
    private static bool IsKept(IOperation operation, BodyLowerer body) => operation switch
    {
        ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation
            or IArrayElementReferenceOperation or IInstanceReferenceOperation => true,
        IInvocationOperation => IsLibraryCall(operation, body),
        IConversionOperation conversion => !TypeFacts.IsSourceStruct(conversion.Operand.Type) || IsKept(conversion.Operand, body),
        _ => false,
    };

    /// <summary>
    /// A tuple kept elsewhere that goes on as a whole: its struct elements (nested to any depth) copied,
    /// <c>[t[0].copy_(), t[1]]</c>, so that a variable it is assigned or deconstructed to shares none of them.
    /// </summary>
    private static JsExpression TupleWithCopies(INamedTypeSymbol tuple, JsExpression lowered, BodyLowerer body)
    {
        var (first, again) = body.Reuse(lowered, "tuple");
        var copied = Elements(again, tuple);
        return ReferenceEquals(first, again) ? copied : new JsSequence(new[] { first, copied });
    }

    private static bool HoldsStruct(INamedTypeSymbol tuple) =>
        tuple.TupleElements.Any(e => TypeFacts.IsSourceStruct(e.Type) || e.Type is INamedTypeSymbol { IsTupleType: true } nested && HoldsStruct(nested));

    private static JsExpression Elements(JsExpression tuple, INamedTypeSymbol type) => new JsArrayLiteral(type.TupleElements.Select((element, index) =>
    {
        var item = new JsIndex(tuple, new JsNumberLiteral(index));
        return element.Type switch
        {
            INamedTypeSymbol { IsTupleType: true } nested when HoldsStruct(nested) => Elements(item, nested),
            var elementType when TypeFacts.IsSourceStruct(elementType) => Copy(item, TypeFacts.IsNullableValueType(elementType)),
            _ => (JsExpression)item,
        };
    }).ToList());

    private static bool IsLibraryCall(IOperation operation, BodyLowerer body) =>
        operation is IInvocationOperation invocation && body.Semantics.ShapeOf(invocation.TargetMethod.ContainingType) is TypeShape.Library or TypeShape.External;

    /// <summary>Whether the use takes the value as a whole (to keep, pass, return or box), not one of its members or a reference to it.</summary>
    private static bool GoesOnWhole(IOperation operation, BodyLowerer body)
    {
        switch (operation.Parent)
        {
            case IMemberReferenceOperation member when member.Instance == operation:
                return false;
            case IInvocationOperation invocation when invocation.Instance == operation:
                return !IsVariable(operation, body) && MayMutate(invocation.TargetMethod, body);
            case IAssignmentOperation assignment when assignment.Target == operation:
                return false;
            case IArgumentOperation { Parameter.RefKind: not RefKind.None }:
                return false;
            case IConversionOperation conversion when TypeFacts.IsSourceStruct(conversion.Type) && TypeFacts.IsNullableValueType(conversion.Type) == TypeFacts.IsNullableValueType(operation.Type):
                return false;
            case IConversionOperation conversion when TypeFacts.IsSourceStruct(conversion.Type):
                // Wrapping into a nullable: the conversion is copied where it goes on (see IsKept).
                return false;
            case IInterpolationOperation or IIsPatternOperation or IIsTypeOperation or ISwitchOperation or ISwitchExpressionOperation:
                return false;
            case IBinaryOperation binary when binary.OperatorMethod is null:
                return false;
            default:
                return true;
        }
    }

    /// <summary>A method of the program that may change the struct it runs on: neither readonly nor of a readonly struct.</summary>
    private static bool MayMutate(IMethodSymbol method, BodyLowerer body) =>
        body.Semantics.IsInSource(method) && !method.IsReadOnly && !method.IsStatic;

    /// <summary>
    /// Whether the expression is a variable whose struct a call may change in place: a local (not a using one), a
    /// parameter (not an <c>in</c> one), an array element, <c>this</c> of a struct's mutable member, or a mutable
    /// field of a variable or of a class (a readonly one only inside its constructors).
    /// </summary>
    private static bool IsVariable(IOperation operation, BodyLowerer body) => operation switch
    {
        ILocalReferenceOperation local => !IsReadOnlyLocal(local.Local),
        IParameterReferenceOperation parameter => parameter.Parameter.RefKind is not (RefKind.In or RefKind.RefReadOnlyParameter),
        IArrayElementReferenceOperation => true,
        IInstanceReferenceOperation => body.Owner is not IMethodSymbol { IsReadOnly: true },
        IFieldReferenceOperation field => (!field.Field.IsReadOnly || InConstructorOf(field.Field.ContainingType, body))
            && (field.Instance is null || field.Instance.Type is { IsReferenceType: true } || IsVariable(field.Instance, body)),
        _ => false,
    };

    /// <summary>
    /// The struct parameters a function changes in place: sets a member of, calls a method that may mutate on,
    /// or passes by reference. Only a function the program's own code calls is sure to be given copies.
    /// </summary>
    public static IReadOnlyList<IParameterSymbol> ChangedParameters(IMethodSymbol function, IOperation functionBody, BodyLowerer body) =>
        function.Parameters.Where(p => p.RefKind == RefKind.None && IsChangedIn(p, functionBody, body)).ToList();

    /// <summary>Whether the code changes the struct variable (a local or parameter) in place.</summary>
    public static bool IsChangedIn(ISymbol variable, IOperation code, BodyLowerer body) =>
        TypeFacts.IsSourceStruct(variable switch { ILocalSymbol local => local.Type, IParameterSymbol parameter => parameter.Type, _ => null })
        && code.Descendants().Any(operation => operation switch
        {
            IParameterReferenceOperation reference => SymbolEqualityComparer.Default.Equals(reference.Parameter, variable) && IsChangedThrough(reference, body),
            ILocalReferenceOperation reference => SymbolEqualityComparer.Default.Equals(reference.Local, variable) && IsChangedThrough(reference, body),
            _ => false,
        });

    /// <summary>Whether a use of a struct variable changes it: through its fields, a call that may mutate, a reference or an assignment of a member.</summary>
    private static bool IsChangedThrough(IOperation variable, BodyLowerer body)
    {
        for (IOperation current = variable; ; current = current.Parent!)
        {
            switch (current.Parent)
            {
                case IFieldReferenceOperation field when field.Instance == current && TypeFacts.IsSourceStruct(field.Type):
                    continue;
                case IMemberReferenceOperation member when member.Instance == current:
                    return current != variable || IsWrittenMember(member);
                case IInvocationOperation invocation when invocation.Instance == current:
                    return MayMutate(invocation.TargetMethod, body);
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out }:
                    return true;
                case IAssignmentOperation assignment when assignment.Target == current:
                    return current != variable;
                case IIncrementOrDecrementOperation:
                    return current != variable;
                default:
                    return false;
            }
        }
    }

    private static bool IsWrittenMember(IMemberReferenceOperation member) => member.Parent switch
    {
        IAssignmentOperation assignment => assignment.Target == member,
        IIncrementOrDecrementOperation => true,
        IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } => true,
        _ => false,
    };

    private static bool InConstructorOf(INamedTypeSymbol type, BodyLowerer body) =>
        body.Owner is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } constructor && SymbolEqualityComparer.Default.Equals(constructor.ContainingType, type);

    private static bool IsReadOnlyLocal(ILocalSymbol local)
    {
        foreach (var reference in local.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax();
            if (syntax.Parent?.Parent is UsingStatementSyntax || syntax.Parent?.Parent is LocalDeclarationStatementSyntax { UsingKeyword.RawKind: not 0 }) return true;
        }
        return false;
    }
}
