using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Lowering;

/// <summary>The .cs file whose types are being lowered, and its semantic model.</summary>
internal sealed class FileScope
{
    public FileScope(SyntaxTree tree, SemanticModel model)
    {
        Tree = tree;
        Model = model;
    }

    public SyntaxTree Tree { get; }

    public SemanticModel Model { get; }
}
