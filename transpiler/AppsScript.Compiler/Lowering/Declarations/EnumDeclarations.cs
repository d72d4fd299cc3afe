using System.Linq;
using AppsScript.Compiler.Js.Ast;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Lowering.Declarations;

/// <summary>An enum as a frozen object of its members' numeric values: <c>Color.Red</c> reads as in C#.</summary>
internal static class EnumDeclarations
{
    public static LoweredType Lower(INamedTypeSymbol type, LoweringContext context, FileScope file)
    {
        var members = type.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue)
            .Select(f => (JsObjectMember)new JsProperty(context.Semantics.MemberName(f), new JsNumberLiteral(System.Convert.ToDouble(f.ConstantValue, System.Globalization.CultureInfo.InvariantCulture))))
            .ToList();
        var frozen = new JsCall(new JsMember(new JsIdentifier("Object"), "freeze"), new JsExpression[] { new JsObjectLiteral(members) });
        var declaration = new JsVariableDeclaration(JsDeclarationKind.Const, new[] { new JsVariableDeclarator(new JsIdentifier(context.Semantics.TypeName(type)), frozen) })
        {
            Doc = MemberBodies.Summary(type),
        };
        return new LoweredType(type, file.Tree, _ => new JsStatement[] { declaration });
    }
}
