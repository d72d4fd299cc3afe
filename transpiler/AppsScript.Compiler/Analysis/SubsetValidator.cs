using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AppsScript.Compiler.Analysis;

/// <summary>
/// The Validate stage: rejects, at their exact location, the C# constructs outside the subset that can be
/// seen in the syntax (async, iterators, dynamic, unsafe code, lock, goto, structs, operators,
/// params parameters of indexers with setters, explicit interface implementations, await using, static constructors it cannot run at first use,
/// ref returns and ref locals, ref, out and in parameters of entry points).
/// Later stages run even when it finds some, so that one build reports every error of the project; lowering's
/// internal errors inside a declaration it refused are left out as consequences (see DiagnosticList).
/// </summary>
internal sealed class SubsetValidator : CSharpSyntaxWalker
{
    private readonly SemanticModel _model;
    private readonly List<Diagnostic> _diagnostics;

    private SubsetValidator(SemanticModel model, List<Diagnostic> diagnostics)
    {
        _model = model;
        _diagnostics = diagnostics;
    }

    public static void Validate(Compilation compilation, List<Diagnostic> diagnostics)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            new SubsetValidator(compilation.GetSemanticModel(tree), diagnostics).Visit(tree.GetRoot());
        }
    }

    private void Report(DiagnosticDescriptor descriptor, SyntaxNode node, params object?[] args) =>
        _diagnostics.Add(Diagnostic.Create(descriptor, node.GetLocation(), args));

    private void Report(DiagnosticDescriptor descriptor, SyntaxToken token, params object?[] args) =>
        _diagnostics.Add(Diagnostic.Create(descriptor, token.GetLocation(), args));

    private void CheckModifiers(SyntaxTokenList modifiers)
    {
        foreach (var modifier in modifiers)
        {
            switch (modifier.Kind())
            {
                case SyntaxKind.AsyncKeyword:
                    Report(DiagnosticDescriptors.AsyncNotSupported, modifier);
                    break;
                case SyntaxKind.UnsafeKeyword or SyntaxKind.FixedKeyword:
                    Report(DiagnosticDescriptors.UnsafeNotSupported, modifier);
                    break;
                case SyntaxKind.NewKeyword when modifier.Parent is MemberDeclarationSyntax member:
                    Report(DiagnosticDescriptors.MemberHidingNotSupported, modifier, MemberName(member));
                    break;
            }
        }
    }

    private static string MemberName(MemberDeclarationSyntax member) => member switch
    {
        MethodDeclarationSyntax m => m.Identifier.Text,
        PropertyDeclarationSyntax p => p.Identifier.Text,
        FieldDeclarationSyntax f => f.Declaration.Variables.First().Identifier.Text,
        BaseTypeDeclarationSyntax t => t.Identifier.Text,
        _ => member.Kind().ToString(),
    };

    public override void VisitMethodDeclaration(MethodDeclarationSyntax node)
    {
        CheckModifiers(node.Modifiers);
        if (node.ExplicitInterfaceSpecifier is not null && !IsNonGenericCounterpart(node)) Report(DiagnosticDescriptors.ExplicitInterfaceImplementation, node.Identifier, node.Identifier.Text);
        CheckEntryPointParameters(node);
        if (node.ReturnType is RefTypeSyntax) Report(DiagnosticDescriptors.RefParameterNotSupported, node.ReturnType, "a ref return");
        base.VisitMethodDeclaration(node);
    }

    public override void VisitInterfaceDeclaration(InterfaceDeclarationSyntax node)
    {
        // Interfaces are erased, so a body declared in one would never reach the classes that rely on it.
        foreach (var member in node.Members.Where(HasBody))
        {
            Report(DiagnosticDescriptors.UnsupportedConstruct, member, "a default interface member (interfaces are erased; implement it in the class)");
        }
        base.VisitInterfaceDeclaration(node);
    }

    private static bool HasBody(MemberDeclarationSyntax member) => member switch
    {
        MethodDeclarationSyntax method => method.Body is not null || method.ExpressionBody is not null,
        PropertyDeclarationSyntax property => property.ExpressionBody is not null
            || property.AccessorList?.Accessors.Any(a => a.Body is not null || a.ExpressionBody is not null) == true,
        _ => false,
    };

    public override void VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        CheckModifiers(node.Modifiers);
        if (node.ReturnType is RefTypeSyntax) Report(DiagnosticDescriptors.RefParameterNotSupported, node.ReturnType, "a ref return");
        base.VisitLocalFunctionStatement(node);
    }

    public override void VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node)
    {
        CheckModifiers(node.Modifiers);
        base.VisitParenthesizedLambdaExpression(node);
    }

    public override void VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node)
    {
        CheckModifiers(node.Modifiers);
        base.VisitSimpleLambdaExpression(node);
    }

    public override void VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node)
    {
        CheckModifiers(node.Modifiers);
        base.VisitAnonymousMethodExpression(node);
    }

    /// <summary>Apps Script calls an entry point with plain values, so it has no variable to pass by reference: GAS4010.</summary>
    private void CheckEntryPointParameters(MethodDeclarationSyntax node)
    {
        if (_model.GetDeclaredSymbol(node) is not { DeclaredAccessibility: Accessibility.Public, IsStatic: true } method
            || !KnownAttributes.Has(method.ContainingType, KnownAttributes.GlobalFunctions)) return;
        foreach (var (parameter, syntax) in method.Parameters.Zip(node.ParameterList.Parameters))
        {
            if (parameter.RefKind != RefKind.None) Report(DiagnosticDescriptors.EntryPointByReference, syntax, method.Name, parameter.Name);
        }
    }

    public override void VisitConstructorDeclaration(ConstructorDeclarationSyntax node)
    {
        if (node.Modifiers.Any(SyntaxKind.StaticKeyword)) CheckStaticConstructor(node);
        CheckModifiers(node.Modifiers);
        base.VisitConstructorDeclaration(node);
    }

    /// <summary>
    /// A class's static constructor runs at the class's first use (see ClassDeclarations); where that cannot be kept, GAS1024.
    /// </summary>
    private void CheckStaticConstructor(ConstructorDeclarationSyntax node)
    {
        if (_model.GetDeclaredSymbol(node)?.ContainingType is not { } type || type.TypeKind == TypeKind.Struct) return;
        var reason = type.TypeKind == TypeKind.Interface
            ? "interfaces are erased in JavaScript"
            : KnownAttributes.Has(type, KnownAttributes.GlobalFunctions)
                ? "the fields of a [GlobalFunctions] class are top-level variables that Apps Script initialises when the script loads; give them initialisers"
                : IsInGenericType(type)
                    ? ".NET runs it once for each type argument, but one JavaScript class serves every type argument"
                    : null;
        if (reason is not null) Report(DiagnosticDescriptors.StaticConstructorNotSupported, node.Identifier, type.Name, reason);
    }

    private static bool IsInGenericType(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsGenericType) return true;
        }
        return false;
    }

    public override void VisitClassDeclaration(ClassDeclarationSyntax node)
    {
        CheckModifiers(node.Modifiers);
        if (node.ParameterList is not null) Report(DiagnosticDescriptors.UnsupportedConstruct, node.ParameterList, "a primary constructor on a class");
        CheckConstructors(node);
        CheckCollectionInterfaces(node);
        base.VisitClassDeclaration(node);
    }

    /// <summary>
    /// A class of the program is enumerated through its GetEnumerator (see Semantics/EnumerableClasses), as .NET's LINQ
    /// enumerates an IReadOnlyList&lt;T&gt;; an ICollection&lt;T&gt; or IList&lt;T&gt; it reads through Count, CopyTo,
    /// Contains and the indexer instead (Count(), ToList, Last, ElementAt, Skip, …), which JavaScript does not: GAS1001
    /// at the interface named.
    /// </summary>
    private void CheckCollectionInterfaces(ClassDeclarationSyntax node)
    {
        if (node.BaseList is null) return;
        foreach (var baseType in node.BaseList.Types)
        {
            if (_model.GetTypeInfo(baseType.Type).Type is not INamedTypeSymbol named || named.TypeKind != TypeKind.Interface) continue;
            if (!named.AllInterfaces.Prepend(named).Any(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_ICollection_T)) continue;
            Report(DiagnosticDescriptors.UnsupportedConstruct, baseType,
                $"a class implementing '{named.ToDisplayString()}' (which .NET's LINQ reads through its Count, CopyTo, Contains and indexer rather than by enumerating it; implement IReadOnlyList<T> instead)");
        }
    }

    public override void VisitRecordDeclaration(RecordDeclarationSyntax node)
    {
        if (node.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword)) CheckStruct(node);
        CheckModifiers(node.Modifiers);
        CheckConstructors(node);
        base.VisitRecordDeclaration(node);
    }

    /// <summary>
    /// Several constructors become methods of the class and of its base classes (see ScriptSemantics), which a
    /// .NET base class such as an exception does not have: GAS1011.
    /// </summary>
    private void CheckConstructors(TypeDeclarationSyntax node)
    {
        if (_model.GetDeclaredSymbol(node) is not INamedTypeSymbol type || type.InstanceConstructors.Count(c => !c.IsImplicitlyDeclared) < 2) return;
        for (var baseType = type.BaseType; baseType is not null && baseType.SpecialType != SpecialType.System_Object; baseType = baseType.BaseType)
        {
            if (baseType.DeclaringSyntaxReferences.Length > 0 && SymbolEqualityComparer.Default.Equals(baseType.ContainingAssembly, type.ContainingAssembly)) continue;
            Report(DiagnosticDescriptors.MultipleConstructors, node.Identifier, node.Identifier.Text, baseType.ToDisplayString());
            return;
        }
    }

    public override void VisitStructDeclaration(StructDeclarationSyntax node)
    {
        CheckStruct(node);
        CheckModifiers(node.Modifiers);
        base.VisitStructDeclaration(node);
    }

    /// <summary>
    /// A struct is a class whose values are copied (see StructCopies); what has no JavaScript object to copy is GAS1008:
    /// a ref struct (a stack-only value holding references), an explicit memory layout, and a generic struct, whose
    /// zeroed fields of a type parameter no shared class can know.
    /// </summary>
    private void CheckStruct(TypeDeclarationSyntax node)
    {
        var reason = node.Modifiers.Any(SyntaxKind.RefKeyword) ? "a ref struct lives on the stack and holds references, which JavaScript objects cannot"
            : node.TypeParameterList is not null ? "a generic struct zeroes its fields of a type parameter, which one JavaScript class for every type argument cannot"
            : node.AttributeLists.SelectMany(l => l.Attributes).Any(a => a.Name.ToString() is "StructLayout" or "StructLayoutAttribute" or "System.Runtime.InteropServices.StructLayout")
                ? "an explicit memory layout has no meaning for JavaScript objects"
                : null;
        if (reason is not null) Report(DiagnosticDescriptors.StructNotSupported, node.Identifier, node.Identifier.Text, reason);
    }

    /// <summary>
    /// Operators become static methods called where C# uses them (see UserDefinedOperators), except those whose
    /// use JavaScript cannot follow: true/false (and the <c>&amp;&amp;</c>/<c>||</c> they enable), ++/--, checked
    /// forms, and operators of interfaces, which are erased.
    /// </summary>
    public override void VisitOperatorDeclaration(OperatorDeclarationSyntax node)
    {
        var reason = node.OperatorToken.Kind() switch
        {
            SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword => "a user-defined true or false operator (and the && and || it gives a class)",
            SyntaxKind.PlusPlusToken or SyntaxKind.MinusMinusToken => "a user-defined ++ or -- operator",
            _ => OperatorReason(node, node.CheckedKeyword),
        };
        if (reason is not null) Report(DiagnosticDescriptors.OperatorDeclarationNotSupported, node.OperatorToken, reason);
        base.VisitOperatorDeclaration(node);
    }

    public override void VisitConversionOperatorDeclaration(ConversionOperatorDeclarationSyntax node)
    {
        if (OperatorReason(node, node.CheckedKeyword) is { } reason) Report(DiagnosticDescriptors.OperatorDeclarationNotSupported, node.OperatorKeyword, reason);
        base.VisitConversionOperatorDeclaration(node);
    }

    private static string? OperatorReason(BaseMethodDeclarationSyntax node, SyntaxToken checkedKeyword) =>
        checkedKeyword.IsKind(SyntaxKind.CheckedKeyword) ? "a checked user-defined operator"
        : node.Parent is InterfaceDeclarationSyntax ? "an operator declared in an interface (interfaces are erased)"
        : null;

    public override void VisitEventDeclaration(EventDeclarationSyntax node)
    {
        ReportReplaceableEvent(node.Modifiers, node.Identifier);
        base.VisitEventDeclaration(node);
    }

    public override void VisitEventFieldDeclaration(EventFieldDeclarationSyntax node)
    {
        foreach (var variable in node.Declaration.Variables) ReportReplaceableEvent(node.Modifiers, variable.Identifier);
        base.VisitEventFieldDeclaration(node);
    }

    /// <summary>
    /// An event another class may replace: a field-like event is a field its class combines in place, which an override
    /// of another class could not take over, and interfaces are erased.
    /// </summary>
    private void ReportReplaceableEvent(SyntaxTokenList modifiers, SyntaxToken identifier)
    {
        if (modifiers.Any(SyntaxKind.VirtualKeyword) || modifiers.Any(SyntaxKind.AbstractKeyword) || modifiers.Any(SyntaxKind.OverrideKeyword))
        {
            Report(DiagnosticDescriptors.EventNotSupported, identifier, "a virtual, abstract or overriding event");
        }
    }

    public override void VisitIndexerDeclaration(IndexerDeclarationSyntax node)
    {
        // The setter takes the value after the indexer's parameters, and a JavaScript rest parameter must come last.
        var hasSetter = node.AccessorList?.Accessors.Any(a => a.IsKind(SyntaxKind.SetAccessorDeclaration) || a.IsKind(SyntaxKind.InitAccessorDeclaration)) == true;
        if (hasSetter && node.ParameterList.Parameters.LastOrDefault(p => p.Modifiers.Any(SyntaxKind.ParamsKeyword)) is { } rest)
        {
            Report(DiagnosticDescriptors.IndexerNotSupported, rest, "a params parameter of an indexer with a setter");
        }
        base.VisitIndexerDeclaration(node);
    }

    private bool IsNonGenericCounterpart(MemberDeclarationSyntax node) =>
        _model.GetDeclaredSymbol(node) is { } member && EnumerableClasses.IsNonGenericCounterpart(member);

    public override void VisitDestructorDeclaration(DestructorDeclarationSyntax node) =>
        Report(DiagnosticDescriptors.UnsupportedConstruct, node.Identifier, "a finaliser");

    public override void VisitPropertyDeclaration(PropertyDeclarationSyntax node)
    {
        CheckModifiers(node.Modifiers);
        if (node.ExplicitInterfaceSpecifier is not null && !IsNonGenericCounterpart(node)) Report(DiagnosticDescriptors.ExplicitInterfaceImplementation, node.Identifier, node.Identifier.Text);
        if (node.Type is RefTypeSyntax) Report(DiagnosticDescriptors.RefParameterNotSupported, node.Type, "a ref property");
        base.VisitPropertyDeclaration(node);
    }

    public override void VisitFieldDeclaration(FieldDeclarationSyntax node)
    {
        CheckModifiers(node.Modifiers);
        base.VisitFieldDeclaration(node);
    }

    public override void VisitGlobalStatement(GlobalStatementSyntax node) =>
        Report(DiagnosticDescriptors.UnsupportedConstruct, node, "a top-level statement");

    public override void VisitAwaitExpression(AwaitExpressionSyntax node)
    {
        Report(DiagnosticDescriptors.AsyncNotSupported, node.AwaitKeyword);
        base.VisitAwaitExpression(node);
    }

    /// <summary>
    /// An iterator returning IEnumerable&lt;T&gt; or IEnumerator&lt;T&gt; becomes a generator (see Lowering/Statements/Iterators);
    /// one returning the non-generic interfaces or an async sequence is GAS1003, reported at each yield.
    /// </summary>
    public override void VisitYieldStatement(YieldStatementSyntax node)
    {
        var function = node.Ancestors().FirstOrDefault(a => a is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax);
        if (function is not null && _model.GetDeclaredSymbol(function) is IMethodSymbol method && !Lowering.Statements.Iterators.IsSupported(method))
        {
            Report(DiagnosticDescriptors.IteratorNotSupported, node.YieldKeyword, method.ReturnType.ToDisplayString(), method.IsAsync ? "an async iterator" : "an iterator");
        }
        base.VisitYieldStatement(node);
    }

    public override void VisitLockStatement(LockStatementSyntax node)
    {
        Report(DiagnosticDescriptors.LockNotSupported, node.LockKeyword);
        base.VisitLockStatement(node);
    }

    public override void VisitGotoStatement(GotoStatementSyntax node) => Report(DiagnosticDescriptors.GotoNotSupported, node.GotoKeyword);

    public override void VisitLabeledStatement(LabeledStatementSyntax node)
    {
        Report(DiagnosticDescriptors.GotoNotSupported, node.Identifier);
        base.VisitLabeledStatement(node);
    }

    public override void VisitUsingStatement(UsingStatementSyntax node)
    {
        if (node.AwaitKeyword.IsKind(SyntaxKind.AwaitKeyword)) Report(DiagnosticDescriptors.AsyncNotSupported, node.AwaitKeyword);
        base.VisitUsingStatement(node);
    }

    public override void VisitLocalDeclarationStatement(LocalDeclarationStatementSyntax node)
    {
        if (node.AwaitKeyword.IsKind(SyntaxKind.AwaitKeyword)) Report(DiagnosticDescriptors.AsyncNotSupported, node.AwaitKeyword);
        if (node.Declaration.Type is RefTypeSyntax) Report(DiagnosticDescriptors.RefParameterNotSupported, node.Declaration.Type, "a ref local");
        base.VisitLocalDeclarationStatement(node);
    }

    public override void VisitUnsafeStatement(UnsafeStatementSyntax node) => Report(DiagnosticDescriptors.UnsafeNotSupported, node.UnsafeKeyword);

    public override void VisitFixedStatement(FixedStatementSyntax node) => Report(DiagnosticDescriptors.UnsafeNotSupported, node.FixedKeyword);

    public override void VisitStackAllocArrayCreationExpression(StackAllocArrayCreationExpressionSyntax node) =>
        Report(DiagnosticDescriptors.UnsafeNotSupported, node.StackAllocKeyword);

    public override void VisitPointerType(PointerTypeSyntax node) => Report(DiagnosticDescriptors.UnsafeNotSupported, node);

    public override void VisitTypeOfExpression(TypeOfExpressionSyntax node)
    {
        if (!node.Ancestors().OfType<AttributeSyntax>().Any() && !Replacements.TypeNameReplacements.IsComparedWithGetType(node)) Report(DiagnosticDescriptors.ReflectionNotSupported, node, "typeof");
        base.VisitTypeOfExpression(node);
    }

    public override void VisitIdentifierName(IdentifierNameSyntax node)
    {
        if (node.IsVar) return;
        if (node.Identifier.Text == "dynamic" && _model.GetTypeInfo(node).Type is { TypeKind: TypeKind.Dynamic })
        {
            Report(DiagnosticDescriptors.DynamicNotSupported, node);
        }
    }
}
