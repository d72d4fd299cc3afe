using Acornima;
using Acornima.Ast;

namespace AppsScript.Emulator.Runtime;

/// <summary>
/// Syntax Jint accepts but Apps Script's V8 runtime rejects when the project is pushed ("V8 runtime
/// overview", class limitations): private members (<c>#x</c>) and static field declarations
/// (<c>static x = 0;</c>). Rejecting them here keeps a bundle that loads in the emulator pushable.
/// </summary>
internal sealed class V8Restrictions : AstVisitor
{
    private readonly string _file;

    private V8Restrictions(string file)
    {
        _file = file;
    }

    public static void Check(string file, Script program) => new V8Restrictions(file).Visit(program);

    protected override object? VisitPrivateIdentifier(PrivateIdentifier node) =>
        throw new ScriptSyntaxException(_file, node.Location.Start.Line,
            $"private class member #{node.Name} is not supported by Apps Script (V8 runtime class limitations)");

    protected override object? VisitPropertyDefinition(PropertyDefinition node)
    {
        if (node.Static)
        {
            throw new ScriptSyntaxException(_file, node.Location.Start.Line,
                "static field declarations are not supported by Apps Script; assign the field after the class (V8 runtime class limitations)");
        }
        return base.VisitPropertyDefinition(node);
    }
}
