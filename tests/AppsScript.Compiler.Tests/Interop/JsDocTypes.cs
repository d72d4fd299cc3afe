using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AppsScript.Compiler.Output;
using AppsScript.Interop.Generator.Bindings;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Tests.Interop;

/// <summary>
/// Gives each top-level function of a compiled program a JSDoc comment with the TypeScript types of its C#
/// parameters and result, so that `tsc --checkJs` checks what flows in and out of the Apps Script bindings
/// against @types/google-apps-script (untyped parameters would be `any` and check nothing).
/// </summary>
public sealed class JsDocTypes
{
    /// <summary>
    /// The @types/google-apps-script type of each hand-written binding type: the generator's list of the typings types
    /// they bind (HandBindings.Types), read the other way, and MailMessage, which MailApp.sendEmail takes in the
    /// options' place. A binding missing here fails the test that needs it.
    /// </summary>
    private static readonly Dictionary<string, string> HostTypes = HandBindings.Types
        .Select(p => KeyValuePair.Create(p.Value, p.Key))
        .Append(KeyValuePair.Create("AppsScript.Interop.Services.MailMessage", "GoogleAppsScript.Mail.MailAdvancedParameters"))
        .ToDictionary(p => p.Key, p => p.Value);

    private readonly IReadOnlyDictionary<string, string> _hostTypes;

    /// <param name="moreHostTypes">TypeScript types of [External] types the program declares itself.</param>
    public JsDocTypes(IReadOnlyDictionary<string, string> moreHostTypes)
    {
        _hostTypes = HostTypes.Concat(moreHostTypes).ToDictionary(p => p.Key, p => p.Value);
    }

    /// <summary>The files with a JSDoc comment before each function the program's public static methods became.</summary>
    public IReadOnlyList<OutputFile> Annotate(IReadOnlyList<OutputFile> files, INamedTypeSymbol program, Func<IMethodSymbol, string> jsName)
    {
        var annotated = files.ToList();
        foreach (var method in program.GetMembers().OfType<IMethodSymbol>().Where(m => m.MethodKind == MethodKind.Ordinary && m.DeclaredAccessibility == Accessibility.Public))
        {
            var declaration = "\nfunction " + jsName(method) + "(";
            var index = annotated.FindIndex(f => f.Text.Contains(declaration, StringComparison.Ordinal));
            if (index < 0) throw new InvalidOperationException($"No function declaration for {method.Name} in the output.");
            var file = annotated[index];
            var start = file.Text.IndexOf(declaration, StringComparison.Ordinal) + declaration.Length;
            var parameters = file.Text[start..file.Text.IndexOf(')', start)].Split(", ", StringSplitOptions.RemoveEmptyEntries);
            annotated[index] = file with { Text = file.Text.Replace(declaration, "\n" + Comment(method, parameters) + declaration[1..], StringComparison.Ordinal) };
        }
        return annotated;
    }

    /// <param name="parameterNames">The parameters' names in the output, which the compiler may have changed to avoid a clash.</param>
    private string Comment(IMethodSymbol method, IReadOnlyList<string> parameterNames)
    {
        var comment = new StringBuilder("/**\n");
        for (var i = 0; i < method.Parameters.Length; i++) comment.Append($" * @param {{{TypeOf(method.Parameters[i].Type)}}} {parameterNames[i]}\n");
        if (!method.ReturnsVoid) comment.Append($" * @returns {{{TypeOf(method.ReturnType)}}}\n");
        return comment.Append(" */").ToString();
    }

    /// <summary>The TypeScript type of a C# type as the compiler represents it at run time.</summary>
    public string TypeOf(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable) return TypeOf(nullable.TypeArguments[0]);
        if (type is IArrayTypeSymbol array) return TypeOf(array.ElementType) + "[]";
        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return "string";
            case SpecialType.System_Boolean:
                return "boolean";
            case SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Double or SpecialType.System_SByte:
                return "number";
            case SpecialType.System_Object:
                return "any";
        }
        if (type is INamedTypeSymbol { IsGenericType: true } generic)
        {
            switch (generic.OriginalDefinition.ToDisplayString())
            {
                case "System.Collections.Generic.List<T>" or "System.Collections.Generic.IReadOnlyList<T>":
                    return TypeOf(generic.TypeArguments[0]) + "[]";
                case "System.Collections.Generic.Dictionary<TKey, TValue>" when generic.TypeArguments[0].SpecialType == SpecialType.System_String:
                    return "{ [key: string]: " + TypeOf(generic.TypeArguments[1]) + " }";
            }
        }
        var name = type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat.WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.None));
        return _hostTypes.TryGetValue(name, out var hostType)
            ? hostType
            : throw new InvalidOperationException($"No TypeScript type is known for {name}: add it to {nameof(JsDocTypes)}.{nameof(HostTypes)}.");
    }
}
