using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Statements;

/// <summary><c>break</c> and <c>continue</c>; a break out of a switch lowered to an if-chain leaves its labelled block.</summary>
internal static class Branches
{
    public static JsStatement Lower(IBranchOperation branch, BodyLowerer body)
    {
        switch (branch.BranchKind)
        {
            case BranchKind.Break:
                return body.TryGetBreakLabel(branch.Target, out var label) && label is not null ? new JsBreak(label) : new JsBreak();
            case BranchKind.Continue:
                return new JsContinue();
            default:
                body.Unsupported(branch, DiagnosticDescriptors.GotoNotSupported);
                return new JsBlock(System.Array.Empty<JsStatement>());
        }
    }
}
