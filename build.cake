// SpotifySync build: `dotnet tool restore && dotnet cake [--target=<Task>] [--configuration=Release]`.
//   Restore  dotnet restore; npm ci when node_modules is missing or older than package-lock.json
//   Build    the whole solution (gas-src included, so dist/ is written too)
//   Compile  gas-src -> dist/ (the Apps Script compiler runs after the C# build)
//   Verify   dist/ type-checks with tsc against @types/google-apps-script; clasp would push exactly dist/;
//            appsscript.json and .clasp.json validate against their schemas
//   Demo     Verify, then dist/ under the emulator for a simulated day of 5-minute triggers against the sandbox
//            (1,000 liked tracks, new likes and plays), printing what landed in Notion and what it cost  (the default task)
//   Test     Verify, then every test project of the solution
//   Bench    compile-time, size and load-time figures of gas-src (benchmarks/AppsScript.Compiler.Benchmarks);
//            emulator executions per second and in-process versus loopback call cost (benchmarks/AppsScript.Emulator.Benchmarks);
//            the app's cost against its goals: a 10,000-track full sync and an idle day of dist/ (benchmarks/SpotifySync.App.Benchmarks)
//   Push     clasp push --force of dist/ to the script in .clasp.json; needs `npx clasp login` once
//   Watch    Build gas-src, then recompile dist/ on every save until Ctrl+C (gas-compile --watch);
//            --push also runs clasp push --force after each compilation that changed dist/

using System.Text.Json;

var target = Argument("target", "Default");
var configuration = Argument("configuration", "Debug");

var root = MakeAbsolute(Directory("."));
var solution = root.CombineWithFilePath("SpotifySync.sln");
var dist = root.Combine("dist");
var nodeBin = root.Combine("node_modules/.bin");
// SchemaStore's manifest schemas, kept in the repository (schemas/README.md says where each came from).
var schemas = root.Combine("schemas");

void Run(string tool, string arguments, DirectoryPath workingDirectory = null, IDictionary<string, string> environment = null)
{
    var settings = new ProcessSettings
    {
        Arguments = arguments,
        WorkingDirectory = workingDirectory ?? root,
        EnvironmentVariables = environment,
    };
    var exitCode = StartProcess(tool, settings);
    if (exitCode != 0) throw new CakeException($"{tool} {arguments} exited with code {exitCode}.");
}

string Capture(string tool, string arguments, IDictionary<string, string> environment)
{
    var settings = new ProcessSettings
    {
        Arguments = arguments,
        WorkingDirectory = root,
        EnvironmentVariables = environment,
        RedirectStandardOutput = true,
        RedirectStandardError = true,
    };
    using var process = StartAndReturnProcess(tool, settings);
    process.WaitForExit();
    var output = string.Join("\n", process.GetStandardOutput());
    var errors = string.Join("\n", process.GetStandardError());
    if (process.GetExitCode() != 0) throw new CakeException($"{tool} {arguments} exited with code {process.GetExitCode()}:\n{output}\n{errors}");
    return output;
}

string NodeTool(string name)
{
    var path = nodeBin.CombineWithFilePath(name);
    if (!FileExists(path)) throw new CakeException($"{path} is missing: run `npm ci` (or the Restore task).");
    return path.FullPath;
}

List<string> DistFiles() =>
    GetFiles(dist.FullPath + "/**/*").Select(f => dist.GetRelativePath(f).FullPath.Replace('\\', '/')).OrderBy(p => p, StringComparer.Ordinal).ToList();

Task("Restore")
    .Does(() =>
{
    DotNetRestore(solution.FullPath);
    Information($"dotnet restore: {solution.GetFilename()} restored.");
    var installed = root.CombineWithFilePath("node_modules/.package-lock.json");
    var locked = root.CombineWithFilePath("package-lock.json");
    if (FileExists(installed) && System.IO.File.GetLastWriteTimeUtc(installed.FullPath) >= System.IO.File.GetLastWriteTimeUtc(locked.FullPath))
    {
        Information("npm: node_modules is up to date with package-lock.json; npm ci skipped.");
        return;
    }
    Run("npm", "ci");
    Information("npm ci: node_modules installed from package-lock.json.");
});

Task("Build")
    .IsDependentOn("Restore")
    .Does(() =>
{
    DotNetBuild(solution.FullPath, new DotNetBuildSettings { Configuration = configuration, NoRestore = true });
    Information($"dotnet build: every project of {solution.GetFilename()} built ({configuration}).");
});

Task("Compile")
    .IsDependentOn("Restore")
    .Does(() =>
{
    DotNetBuild(root.Combine("gas-src").FullPath, new DotNetBuildSettings { Configuration = configuration, NoRestore = true });
    var files = DistFiles();
    if (!files.Any(f => f.EndsWith(".js", StringComparison.Ordinal)) || !files.Contains("appsscript.json"))
    {
        throw new CakeException($"dist/ should hold the compiled scripts and appsscript.json, but holds: {string.Join(", ", files)}.");
    }
    // gas-compile lists the scripts in load order when it runs; listing them again here would print the list twice.
    Information($"Compile: dist/ holds gas-src compiled: {files.Count(f => f.EndsWith(".js", StringComparison.Ordinal))} script(s) and appsscript.json.");
});

Task("Bindings")
    .IsDependentOn("Restore")
    .Does(() =>
{
    // The generator reads node_modules/@types/google-apps-script (npm ci, in Restore) and rewrites AppsScript.Interop/Generated.
    DotNetRun(root.CombineWithFilePath("transpiler/AppsScript.Interop.Generator/AppsScript.Interop.Generator.csproj").FullPath,
        new DotNetRunSettings { Configuration = configuration, NoRestore = true, WorkingDirectory = root });
    Information("Bindings: transpiler/AppsScript.Interop/Generated written from @types/google-apps-script (figures above).");
});

Task("Verify")
    .IsDependentOn("Compile")
    .Does(() =>
{
    // The committed bindings must be what the pinned typings give; the generator prints the first differing lines.
    DotNetRun(root.CombineWithFilePath("transpiler/AppsScript.Interop.Generator/AppsScript.Interop.Generator.csproj").FullPath,
        new ProcessArgumentBuilder().Append("--check"),
        new DotNetRunSettings { Configuration = configuration, NoRestore = true, WorkingDirectory = root });
    Information("Bindings: transpiler/AppsScript.Interop/Generated equals a fresh generation from @types/google-apps-script.");

    var scripts = DistFiles().Where(f => f.EndsWith(".js", StringComparison.Ordinal)).ToList();
    Run(NodeTool("tsc"), "-p tsconfig.json --pretty false");
    Information($"tsc --checkJs: 0 errors in {scripts.Count} file(s) of dist/ (tsconfig.json: lib es2020, types google-apps-script).");

    // clasp reads ~/.clasprc.json for credentials; an empty HOME proves status needs none and sees only the project.
    var home = System.IO.Directory.CreateTempSubdirectory("clasp-home-");
    try
    {
        var status = Capture(NodeTool("clasp"), "status --json", new Dictionary<string, string> { ["HOME"] = home.FullName });
        using var json = JsonDocument.Parse(status);
        var toPush = json.RootElement.GetProperty("filesToPush").EnumerateArray().Select(e => e.GetString()).OrderBy(p => p, StringComparer.Ordinal).ToList();
        var untracked = json.RootElement.GetProperty("untrackedFiles").EnumerateArray().Select(e => e.GetString()).ToList();
        var expected = DistFiles().Select(f => "dist/" + f).ToList();
        if (!toPush.SequenceEqual(expected) || untracked.Count > 0)
        {
            throw new CakeException($"clasp status lists {string.Join(", ", toPush)} (untracked: {string.Join(", ", untracked)}), but dist/ holds {string.Join(", ", expected)}.");
        }
        Information($"clasp status --json: pushes exactly the {toPush.Count} file(s) of dist/, none untracked.");
    }
    finally
    {
        home.Delete(recursive: true);
    }

    foreach (var (schema, document) in new[] { ("appsscript.json", "appsscript.json"), ("clasp.json", ".clasp.json") })
    {
        Run("node", $"scripts/validate-json.mjs \"{schemas.CombineWithFilePath(schema)}\" \"{document}\"");
    }
    Information("Schemas: appsscript.json and .clasp.json validate against schemas/.");
});

Task("Test")
    .IsDependentOn("Build")
    .IsDependentOn("Verify")
    .Does(() =>
{
    DotNetTest(solution.FullPath, new DotNetTestSettings { Configuration = configuration, NoBuild = true, NoRestore = true });
    Information($"dotnet test: every test project of {solution.GetFilename()} passed.");
});

Task("Bench")
    .IsDependentOn("Restore")
    // The app benchmark runs the emitted dist/, so it must be compiled first.
    .IsDependentOn("Compile")
    .Does(() =>
{
    foreach (var benchmark in new[] { "AppsScript.Compiler.Benchmarks", "AppsScript.Emulator.Benchmarks", "SpotifySync.App.Benchmarks", "SpotifySync.Companion.Benchmarks" })
    {
        Information($"{benchmark}:");
        DotNetRun(root.CombineWithFilePath($"benchmarks/{benchmark}/{benchmark}.csproj").FullPath,
            new DotNetRunSettings { Configuration = "Release", NoRestore = true });
    }
    Information("Bench: figures printed above; docs/benchmarks.md records them.");
});

Task("Push")
    .IsDependentOn("Verify")
    .Does(() =>
{
    // --force: without it clasp skips the push in a non-interactive shell whenever appsscript.json changed.
    Run(NodeTool("clasp"), "push --force");
    Information("clasp push --force: dist/ pushed to the script in .clasp.json.");
});

Task("Watch")
    .IsDependentOn("Compile")
    .Does(() =>
{
    // The compiler the Compile task just built; watching in it keeps Roslyn loaded between saves.
    var compiler = root.CombineWithFilePath($"transpiler/AppsScript.Compiler.Cli/bin/{configuration}/net10.0/gas-compile.dll");
    var arguments = new ProcessArgumentBuilder()
        .AppendQuoted(compiler.FullPath)
        .AppendQuoted(root.CombineWithFilePath("gas-src/SpotifySync.Gas.csproj").FullPath)
        .Append("--out").AppendQuoted(dist.FullPath)
        .Append("--manifest").AppendQuoted(root.CombineWithFilePath("appsscript.json").FullPath)
        .Append("--clasp-json").AppendQuoted(root.CombineWithFilePath(".clasp.json").FullPath)
        .Append("--watch");
    if (HasArgument("push")) arguments.Append("--push");
    Run("dotnet", arguments.Render());
});

Task("Demo")
    .IsDependentOn("Verify")
    .Does(() =>
{
    DotNetRun(root.CombineWithFilePath("sandbox/SpotifySync.Demo/SpotifySync.Demo.csproj").FullPath,
        new ProcessArgumentBuilder().Append("--dist").AppendQuoted(dist.FullPath),
        new DotNetRunSettings { Configuration = configuration, NoRestore = true });
    Information("Demo: the compiled dist/ ran a simulated day against the sandbox (table above).");
});

Task("Default")
    .IsDependentOn("Demo");

RunTarget(target);
