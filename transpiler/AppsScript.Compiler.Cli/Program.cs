using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using AppsScript.Compiler;
using AppsScript.Compiler.Projects;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Output;
using Microsoft.CodeAnalysis;

var project = new Argument<FileInfo?>("project")
{
    Description = "The C# project (.csproj) to compile; it references AppsScript.Interop.",
    Arity = ArgumentArity.ZeroOrOne,
};
var output = new Option<DirectoryInfo>("--out", "-o") { Description = "The folder to write the .js files into (clasp's rootDir).", Required = true };
var manifest = new Option<FileInfo>("--manifest") { Description = "An appsscript.json manifest to copy into the output folder." };
var claspJson = new Option<FileInfo>("--clasp-json") { Description = "A .clasp.json whose filePushOrder is kept in step with the load order the code needs." };
var inputs = new Option<FileInfo>("--inputs") { Description = "A response file of the project's compile inputs, as the MSBuild target writes it, instead of evaluating the project." };
manifest.AcceptExistingOnly();
claspJson.AcceptExistingOnly();
inputs.AcceptExistingOnly();

var root = new RootCommand("Compiles a C# project to Google Apps Script JavaScript, ready for clasp push: into the script files its AppsScriptFile items name, else one .js file per .cs file.")
{
    project, output, manifest, claspJson, inputs,
};
root.SetAction(parse =>
{
    var projectFile = parse.GetValue(project);
    var inputsFile = parse.GetValue(inputs);
    if (projectFile is null && inputsFile is null)
    {
        Console.Error.WriteLine("gas-compile: give the project (.csproj) to compile, or --inputs.");
        return ExitCodes.Usage;
    }
    ProjectInputs projectInputs;
    try
    {
        projectInputs = inputsFile is not null ? ProjectInputs.FromResponseFile(inputsFile.FullName) : ProjectLoader.Load(projectFile!.FullName);
    }
    catch (Exception exception) when (exception is ProjectLoadException or IOException or FormatException)
    {
        Console.Error.WriteLine($"gas-compile: {exception.Message}");
        return ExitCodes.Usage;
    }
    var compilation = CompilationFactory.Create(projectInputs);
    var result = AppsScriptCompiler.Compile(compilation, projectInputs.CompilerOptions);
    foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning)) Console.WriteLine(DiagnosticPrinter.Format(diagnostic));
    if (!result.Success)
    {
        var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        Console.WriteLine($"gas-compile: {errors} error(s); nothing was written.");
        return ExitCodes.CompileErrors;
    }
    var outputDirectory = parse.GetValue(output)!.FullName;
    var written = DistWriter.Write(result, outputDirectory, parse.GetValue(manifest)?.FullName, parse.GetValue(claspJson)?.FullName);
    var order = string.Join(", ", result.Files.Select(f => f.Path));
    Console.WriteLine($"gas-compile: {result.Files.Count} file(s) in {outputDirectory} ({written.Count} changed); load order {order}.");
    return ExitCodes.Success;
});
var parsed = root.Parse(args);
// System.CommandLine reports a malformed command line with exit code 1, which here means "the code has errors".
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine($"gas-compile: {error.Message}");
    Console.Error.WriteLine("gas-compile: run with --help for the usage.");
    return ExitCodes.Usage;
}
return parsed.Invoke();

/// <summary>The exit codes of gas-compile.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int CompileErrors = 1;
    public const int Usage = 2;
}
