using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AppsScript.Compiler.Projects;

/// <summary>Builds the Roslyn compilation of a project from its inputs, with the options its own build uses.</summary>
public static class CompilationFactory
{
    /// <summary>The compilation of the inputs; with a <paramref name="cache"/>, unchanged sources and references come from it.</summary>
    public static CSharpCompilation Create(ProjectInputs inputs, CompilationInputCache? cache = null)
    {
        var languageVersion = LanguageVersion.Latest;
        if (inputs.LanguageVersion is { Length: > 0 } text && !LanguageVersionFacts.TryParse(text, out languageVersion))
        {
            throw new ProjectLoadException($"The project's LangVersion '{text}' is not a C# language version this compiler knows.");
        }
        var parseOptions = new CSharpParseOptions(languageVersion, DocumentationMode.Parse, SourceCodeKind.Regular, inputs.PreprocessorSymbols);
        var trees = inputs.Sources.Select(path => cache?.Parse(path, parseOptions) ?? ParseFile(path, parseOptions));
        var references = inputs.References.Select(path => cache?.Reference(path) ?? MetadataReference.CreateFromFile(path));
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: ParseNullable(inputs.Nullable),
            allowUnsafe: inputs.AllowUnsafe);
        return CSharpCompilation.Create(Path.GetFileNameWithoutExtension(inputs.ProjectPath), trees, references, options);
    }

    internal static SyntaxTree ParseFile(string path, CSharpParseOptions options) =>
        CSharpSyntaxTree.ParseText(Microsoft.CodeAnalysis.Text.SourceText.From(File.ReadAllText(path), Encoding.UTF8), options, path);

    private static NullableContextOptions ParseNullable(string? value) => value?.ToLowerInvariant() switch
    {
        "enable" => NullableContextOptions.Enable,
        "warnings" => NullableContextOptions.Warnings,
        "annotations" => NullableContextOptions.Annotations,
        _ => NullableContextOptions.Disable,
    };
}
