using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Js.Ast;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>
/// A tuple is a JavaScript array, which every copy of it would share, where .NET copies a value tuple wherever it
/// is assigned or passed. A local whose elements the body writes (<c>t.Item1 = 3</c>, <c>t.plays++</c>) therefore
/// owns its array: what it is given is copied in (<c>value.slice()</c>, unless it is a new tuple) and what is read
/// of it as a whole is copied out, so no other variable, list or call ever shares it.
/// </summary>
internal static class TupleCopies
{
    /// <summary>The locals of a body whose tuple elements it writes.</summary>
    public static HashSet<ISymbol> CollectOwners(SyntaxNode? scope, SemanticModel model)
    {
        var owners = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        if (scope is null) return owners;
        foreach (var node in scope.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax>())
        {
            if (model.GetOperation(node) is IFieldReferenceOperation { Field.ContainingType.IsTupleType: true, Instance: ILocalReferenceOperation local } element
                && MemberAccess.IsWritten(element))
            {
                owners.Add(local.Local);
            }
        }
        return owners;
    }

    /// <summary>A value given to an owning local: copied, unless it is a tuple made right there.</summary>
    public static JsExpression Into(ISymbol target, IOperation value, JsExpression lowered, BodyLowerer body)
    {
        if (!body.OwnsTuple(target) || IsNew(value)) return lowered;
        return Copy(lowered);
    }

    /// <summary>An owning local read as a whole (not one of its elements, not as an assignment's target): a copy.</summary>
    public static JsExpression Read(ILocalReferenceOperation reference, BodyLowerer body)
    {
        var local = body.Local(reference.Local);
        if (!body.OwnsTuple(reference.Local)) return local;
        return reference.Parent switch
        {
            IFieldReferenceOperation { Instance: var instance } when instance == reference => local,
            IAssignmentOperation assignment when assignment.Target == reference => local,
            IDeconstructionAssignmentOperation => local,
            ITupleOperation tuple when tuple.Parent is IDeconstructionAssignmentOperation deconstruction && deconstruction.Target == tuple => local,
            _ => Copy(local),
        };
    }

    private static bool IsNew(IOperation value)
    {
        while (value is IConversionOperation conversion) value = conversion.Operand;
        return value is ITupleOperation or IDefaultValueOperation;
    }

    private static JsExpression Copy(JsExpression tuple) => new JsCall(new JsMember(tuple, "slice"), Array.Empty<JsExpression>());
}
