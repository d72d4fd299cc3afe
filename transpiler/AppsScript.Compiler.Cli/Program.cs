using System;
using System.CommandLine;
using System.IO;
using AppsScript.Compiler.Cli;
using AppsScript.Compiler.Cli.Server;
using AppsScript.Compiler.Cli.Watch;

var project = new Argument<FileInfo?>("project")
{
    Description = "The C# project (.csproj) to compile; it references AppsScript.Interop.",
    Arity = ArgumentArity.ZeroOrOne,
};
var output = new Option<DirectoryInfo>("--out", "-o") { Description = "The folder to write the .js files into (clasp's rootDir)." };
var manifest = new Option<FileInfo>("--manifest") { Description = "An appsscript.json manifest to copy into the output folder." };
var claspJson = new Option<FileInfo>("--clasp-json") { Description = "A .clasp.json whose filePushOrder is kept in step with the load order the code needs." };
var inputs = new Option<FileInfo>("--inputs") { Description = "A response file of the project's compile inputs, as the MSBuild target writes it, instead of evaluating the project." };
var server = new Option<bool>("--server")
{
    Description = "Compile in the build server, which keeps the compiler loaded between builds (started when none runs, ended after 10 idle minutes); "
        + "when it cannot compile, this process does. AppsScript.Compiler.targets uses it.",
};
var watch = new Option<bool>("--watch") { Description = "Compile the project, then again on every save of its sources, until Ctrl+C; errors leave the output folder as it was." };
var push = new Option<bool>("--push") { Description = "With --watch: run `clasp push --force` after each compilation that changed the output folder (needs the project's .clasp.json)." };
var shutdownServers = new Option<bool>("--shutdown-servers") { Description = "End the build servers running (as CI does after its builds), and exit." };
var serve = new Option<bool>("--serve") { Hidden = true };
manifest.AcceptExistingOnly();
claspJson.AcceptExistingOnly();
inputs.AcceptExistingOnly();

var root = new RootCommand("Compiles a C# project to Google Apps Script JavaScript, ready for clasp push: into the script files its AppsScriptFile items name, else one .js file per .cs file.")
{
    project, output, manifest, claspJson, inputs, server, watch, push, shutdownServers, serve,
};
root.SetAction(parse =>
{
    if (parse.GetValue(serve)) return BuildServer.Run();
    if (parse.GetValue(shutdownServers))
    {
        var ended = BuildServerClient.ShutdownAll(Console.Out);
        Console.WriteLine($"gas-compile: {ended} build server(s) ended.");
        return ExitCodes.Success;
    }
    var projectFile = parse.GetValue(project);
    var inputsFile = parse.GetValue(inputs);
    var outputFolder = parse.GetValue(output);
    string? usage = null;
    if (outputFolder is null) usage = "Option '--out' is required.";
    else if (projectFile is null && inputsFile is null) usage = "give the project (.csproj) to compile, or --inputs.";
    else if (parse.GetValue(watch) && projectFile is null) usage = "--watch needs the project (.csproj): it reads the project again when sources are added or removed.";
    else if (parse.GetValue(push) && !parse.GetValue(watch)) usage = "--push goes with --watch (the Push task of build.cake pushes once).";
    if (usage is not null)
    {
        Console.Error.WriteLine($"gas-compile: {usage}");
        return ExitCodes.Usage;
    }
    var request = new CompileRequest(projectFile?.FullName, inputsFile?.FullName, outputFolder!.FullName, parse.GetValue(manifest)?.FullName, parse.GetValue(claspJson)?.FullName);
    if (parse.GetValue(watch)) return WatchMode.Run(request, parse.GetValue(push), Console.Out, Console.Error);
    return parse.GetValue(server) ? BuildServerClient.Compile(request, Console.Out, Console.Error) : request.Run(Console.Out, Console.Error);
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
