using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering;

/// <summary>
/// Which values typed IEnumerable&lt;T&gt; may be an iterator's lazy iterable rather than an array. Only a program
/// with iterators or enumerable classes of its own has such values; in it, an object of such a class is an iterable
/// that runs the program's GetEnumerator, and a sequence may be lazy where the whole program's flows
/// (<see cref="Analysis.LazyFlow"/>) let an iterator's sequence, such an object, or a LINQ operator's over one, reach
/// it, so that the library calls reading it must enumerate it as .NET does (see
/// <c>Replacements/LazySequenceReplacements</c>); every other sequence is an array, as in a program without iterators.
/// </summary>
internal static class LazySequences
{
    public static bool MayBeLazy(IOperation? operation, BodyLowerer body)
    {
        if (operation is null || !body.Context.HasIterators) return false;
        var written = Origin(operation, body);
        var flow = body.Context.LazyFlow;
        return flow.IsProgramIterable(written.Type) || IsEnumerableInterface(written.Type) && flow.MayHold(written);
    }

    /// <summary>
    /// The operation a sequence comes from: the one written, without the implicit conversions that pass it on, and
    /// through locals assigned only where they are declared, to their initialisers.
    /// </summary>
    public static IOperation Origin(IOperation operation, BodyLowerer body)
    {
        var written = Replacements.Sequences.Written(operation);
        while (written is ILocalReferenceOperation local && !body.IsReassigned(local.Local) && Initializer(local.Local, body) is { } initializer)
        {
            written = Replacements.Sequences.Written(initializer);
        }
        return written;
    }

    /// <summary>Whether the operation is a call of a LINQ operator (System.Linq.Enumerable), optionally of the one named.</summary>
    public static bool IsLinqOperator(IOperation operation, string? name = null) =>
        operation is IInvocationOperation { TargetMethod: var method } && Semantics.FullNames.Is(method.ContainingType, "System.Linq.Enumerable") && (name is null || method.Name == name);

    /// <summary>Whether a library call reads a sequence that may be lazy: its receiver, an argument, or what a delegate it is given returns.</summary>
    public static bool ReadsLazy(Replacements.BclCall call)
    {
        if (!call.Body.Context.HasIterators) return false;
        if (MayBeLazy(call.ReceiverOperation, call.Body)) return true;
        for (var i = 0; i < call.ArgumentCount; i++)
        {
            var argument = call.ArgumentOperation(i);
            if (MayBeLazy(argument, call.Body) || call.Body.Context.LazyFlow.MayReturnLazy(argument)) return true;
        }
        return false;
    }

    public static bool IsEnumerableInterface(ITypeSymbol? type) =>
        type?.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T;

    private static IOperation? Initializer(ILocalSymbol local, BodyLowerer body)
    {
        if (local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not VariableDeclaratorSyntax { Initializer: { } initializer }) return null;
        return body.Context.ModelFor(initializer.SyntaxTree).GetOperation(initializer) is IVariableInitializerOperation { Value: var value } ? value : null;
    }
}
