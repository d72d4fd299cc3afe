using System;
using System.IO;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Output;
using AppsScript.Compiler.Projects;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Cli;

/// <summary>
/// One compilation as the command line asks for it, with full paths so that the build server can run it for a client
/// in another folder: the project or the inputs file MSBuild wrote, the output folder, the manifest and .clasp.json.
/// </summary>
internal sealed record CompileRequest(string? Project, string? Inputs, string Output, string? Manifest, string? ClaspJson)
{
    /// <summary>
    /// Compiles and writes the output folder, printing what gas-compile prints; returns its exit code. A process that
    /// compiles again and again passes its <paramref name="cache"/>.
    /// </summary>
    public int Run(TextWriter output, TextWriter error, CompilationInputCache? cache = null)
    {
        ProjectInputs inputs;
        try
        {
            inputs = Inputs is not null ? ProjectInputs.FromResponseFile(Inputs) : ProjectLoader.Load(Project!);
        }
        catch (Exception exception) when (exception is ProjectLoadException or IOException or FormatException)
        {
            error.WriteLine($"gas-compile: {exception.Message}");
            return ExitCodes.Usage;
        }
        return Compile(inputs, output, cache, out _);
    }

    /// <summary>
    /// Compiles inputs already read (watch mode reads them once) and writes the output folder when there are no errors;
    /// <paramref name="changed"/> is how many files that changed.
    /// </summary>
    public int Compile(ProjectInputs inputs, TextWriter output, CompilationInputCache? cache, out int changed)
    {
        changed = 0;
        var compilation = CompilationFactory.Create(inputs, cache);
        var result = AppsScriptCompiler.Compile(compilation, inputs.CompilerOptions);
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning)) output.WriteLine(DiagnosticPrinter.Format(diagnostic));
        if (!result.Success)
        {
            var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            output.WriteLine($"gas-compile: {errors} error(s); nothing was written.");
            return ExitCodes.CompileErrors;
        }
        var written = DistWriter.Write(result, Output, Manifest, ClaspJson);
        changed = written.Count;
        var order = string.Join(", ", result.Files.Select(f => f.Path));
        output.WriteLine($"gas-compile: {result.Files.Count} file(s) in {Output} ({written.Count} changed); load order {order}.");
        return ExitCodes.Success;
    }
}
