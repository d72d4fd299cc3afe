using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering;
using AppsScript.Compiler.Lowering.Expressions;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// The few uses of GetType() that need no reflection: <c>x.GetType().Name</c> and <c>.FullName</c>, and comparing
/// <c>x.GetType()</c> with <c>typeof(X)</c> or another GetType(). The compiler knows every class of the program, so
/// the name of the class a value is an instance of is a test of the classes that derive from its static type, most
/// derived first (<c>x instanceof Premium ? "Premium" : "Account"</c>), or a constant where no class derives from
/// it (plain data, which has neither a base class nor a derived one, among them); for a value type it is the type's own name.
/// A value typed as a .NET exception ends the test with the name its class keeps at run time. A Type value itself, and a
/// GetType() of a value typed object or an interface (which may hold a number of any numeric type), stays GAS1018.
/// </summary>
internal static class TypeNameReplacements
{
    public static void Register(ReplacementTable table)
    {
        table.Add("P:System.Reflection.MemberInfo.Name", call => Name(call, full: false));
        table.Add("P:System.Type.FullName", call => Name(call, full: true));
        table.Add(new[] { "M:System.Type.op_Equality(System.Type,System.Type)", "M:System.Type.op_Inequality(System.Type,System.Type)" }, Equality);
    }

    /// <summary>Whether a syntax node is the typeof of a comparison with GetType(), which lowering takes care of (SubsetValidator lets it through).</summary>
    public static bool IsComparedWithGetType(TypeOfExpressionSyntax node) =>
        node.Parent is BinaryExpressionSyntax binary
        && binary.OperatorToken.Text is "==" or "!="
        && (ReferenceEquals(binary.Left, node) ? binary.Right : binary.Left) is InvocationExpressionSyntax
        {
            Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "GetType" }, ArgumentList.Arguments.Count: 0,
        };

    private static JsExpression Name(BclCall call, bool full)
    {
        if (GetTypeReceiver(call.ReceiverOperation) is not { } value) return Refused(call);
        var type = value.Type!;
        if (full && type is INamedTypeSymbol { IsGenericType: true }) return Refused(call);
        if (TypeFacts.IsNonNullableValueType(type) && type.TypeKind != TypeKind.TypeParameter) return Constant(call.Body.Expression(value), NameOf(type, full));
        if (type.SpecialType == SpecialType.System_String) return Constant(call.Body.Expression(value), NameOf(type, full));
        if (call.Body.Semantics.ShapeOf(type) == TypeShape.Library && ScriptSemantics.DerivesFromException(type)) return LibraryException(call, value, (INamedTypeSymbol)type, full);
        var classes = DotNetTypeNames.ClassesOf(type, call.Body.Semantics);
        if (classes is null) return Refused(call);
        var lowered = call.Body.Expression(value);
        if (classes.Count == 1) return Constant(lowered, NameOf(classes[0], full));
        var (first, again) = call.Body.Reuse(lowered, "value");
        return Sequence(first, again, Tests(classes.Take(classes.Count - 1), again, new JsStringLiteral(NameOf(classes[^1], full)), full, call));
    }

    /// <summary>
    /// The name of a value typed as a .NET exception: a test of the program's exception classes deriving from it,
    /// then, for the helper classes of .NET's exceptions and the errors JavaScript and Apps Script throw, the name
    /// its class carries at run time (<c>typeName_</c>, which reads the .NET full name a helper class keeps).
    /// </summary>
    private static JsExpression LibraryException(BclCall call, IOperation value, INamedTypeSymbol type, bool full)
    {
        var semantics = call.Body.Semantics;
        var classes = semantics.SourceTypes
            .Where(t => !t.IsAbstract && semantics.ShapeOf(t) == TypeShape.Class && DotNetTypeNames.DerivesFrom(t, type))
            .OrderByDescending(DotNetTypeNames.Depth)
            .ToList();
        if (full && classes.Any(c => c.IsGenericType)) return Refused(call);
        var (first, again) = call.Body.Reuse(call.Body.Expression(value), "error");
        var constructor = new JsMember(again, "constructor");
        JsExpression runTime = full ? call.Helper("typeName_", constructor) : new JsMember(constructor, "name");
        return Sequence(first, again, Tests(classes, again, runTime, full, call));
    }

    /// <summary><c>value instanceof Derived ? "Derived" : …</c> over the classes, most derived first, ending in <paramref name="otherwise"/>.</summary>
    private static JsExpression Tests(IEnumerable<INamedTypeSymbol> classes, JsExpression value, JsExpression otherwise, bool full, BclCall call)
    {
        var result = otherwise;
        foreach (var derived in classes.Reverse())
        {
            result = new JsConditional(new JsBinary("instanceof", value, MemberAccessType(derived, call)), new JsStringLiteral(NameOf(derived, full)), result);
        }
        return result;
    }

    private static JsExpression Sequence(JsExpression first, JsExpression again, JsExpression result) =>
        ReferenceEquals(first, again) ? result : new JsSequence(new[] { first, result });

    /// <summary><c>x.GetType() == typeof(X)</c>: <c>x.constructor === X</c>; two GetType()s compare their constructors.</summary>
    private static JsExpression Equality(BclCall call)
    {
        var negated = call.Method!.Name == "op_Inequality";
        var sides = new[] { call.ArgumentOperation(0)!, call.ArgumentOperation(1)! };
        var constructors = new List<JsExpression>();
        foreach (var side in sides)
        {
            if (Sequences.Written(side) is ITypeOfOperation { TypeOperand: var typeOperand } && call.Body.Semantics.ShapeOf(typeOperand) == TypeShape.Class)
            {
                constructors.Add(MemberAccessType(typeOperand, call));
            }
            else if (GetTypeReceiver(side) is { Type: { } type } value && call.Body.Semantics.ShapeOf(type) == TypeShape.Class)
            {
                constructors.Add(new JsMember(call.Body.Expression(value), "constructor"));
            }
            else
            {
                return Refused(call);
            }
        }
        return new JsBinary(negated ? "!==" : "===", constructors[0], constructors[1]);
    }

    /// <summary>The value whose GetType() the operation is, when it is one.</summary>
    private static IOperation? GetTypeReceiver(IOperation? operation) =>
        operation is IInvocationOperation { TargetMethod: { Name: "GetType", Parameters.Length: 0 } method, Instance: { } instance }
            && (method.ContainingType.SpecialType == SpecialType.System_Object || method.ContainingType.ToDisplayString() == "System.Exception")
            ? Strings.WithoutImplicitBoxing(instance)
            : null;

    /// <summary>Type.Name (<c>Box`1</c> for a generic class, a nested class's own name) or, for a class outside generics, Type.FullName (<c>Shop.Outer+Inner</c>).</summary>
    private static string NameOf(ITypeSymbol type, bool full) => full ? DotNetNames.FullName(type)! : DotNetNames.Name(type);

    private static JsExpression MemberAccessType(ITypeSymbol type, BclCall call) => MemberAccess.TypeReference(type.OriginalDefinition, call.Body);

    /// <summary>The name, after the value where computing it may have an effect.</summary>
    private static JsExpression Constant(JsExpression value, JsExpression name) =>
        BodyLowerer.IsSimple(value) ? name : new JsSequence(new[] { value, name });

    private static JsExpression Constant(JsExpression value, string name) => Constant(value, new JsStringLiteral(name));

    private static JsExpression Refused(BclCall call) =>
        call.Body.Unsupported(call.Operation, DiagnosticDescriptors.ReflectionNotSupported, "GetType() and Type values other than x.GetType().Name, .FullName and comparisons with typeof of the program's classes");
}
