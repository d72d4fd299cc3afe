using System;
using System.IO;
using System.Linq;
using AppsScript.Compiler;
using AppsScript.Compiler.Output;
using AppsScript.Emulator.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AppsScript.Emulator.Tests.EndToEnd;

/// <summary>
/// A C# Apps Script program under <c>EndToEnd/Programs</c> compiled by our compiler, written out as a build
/// writes <c>dist/</c>, and loaded from there by the emulator as it loads any pushed project.
/// </summary>
internal static class CompiledProgram
{
    public static ScriptProject Load(string programFile)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "EndToEnd", "Programs", programFile);
        var compilation = CSharpCompilation.Create(
            Path.GetFileNameWithoutExtension(programFile),
            [CSharpSyntaxTree.ParseText(File.ReadAllText(source), new CSharpParseOptions(LanguageVersion.Latest), source)],
            ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Append(typeof(AppsScript.Interop.GlobalFunctionsAttribute).Assembly.Location)
                .Append(typeof(Newtonsoft.Json.JsonConvert).Assembly.Location)
                .Distinct()
                .Select(path => MetadataReference.CreateFromFile(path)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var result = AppsScriptCompiler.Compile(compilation, new CompilerOptions(Path.GetDirectoryName(source)));
        if (!result.Success)
        {
            throw new InvalidOperationException($"{programFile} does not compile:\n{string.Join("\n", result.Diagnostics)}");
        }
        var dist = Directory.CreateTempSubdirectory("e2e-dist-");
        try
        {
            DistWriter.Write(result, dist.FullName, manifestPath: null, claspJsonPath: null);
            return ScriptProject.Load(dist.FullName);
        }
        finally
        {
            dist.Delete(recursive: true);
        }
    }
}
