using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace AppsScript.Compiler.Projects;

/// <summary>
/// Asks MSBuild what a project compiles (<c>dotnet msbuild -getItem</c>): its Compile items, including
/// generated global usings, its resolved reference assemblies, its language options and its AppsScriptFile items. Referenced projects
/// are built on the way, as a normal build would.
/// </summary>
public static class ProjectLoader
{
    private const string Targets = "ResolveReferences;FindReferenceAssembliesForReferences;GenerateGlobalUsings";

    public static ProjectInputs Load(string projectPath)
    {
        var fullPath = Path.GetFullPath(projectPath);
        if (!File.Exists(fullPath)) throw new ProjectLoadException($"The project file {fullPath} does not exist.");
        var arguments = new List<string>
        {
            "msbuild", fullPath, "-restore", "-nologo", "-verbosity:quiet", "-t:" + Targets,
            "-getItem:Compile", "-getItem:ReferencePathWithRefAssemblies", "-getItem:AppsScriptFile",
            "-getProperty:LangVersion", "-getProperty:DefineConstants", "-getProperty:Nullable", "-getProperty:AllowUnsafeBlocks",
        };
        var (exitCode, output) = RunDotnet(arguments, Path.GetDirectoryName(fullPath)!);
        var jsonStart = output.IndexOf('{');
        if (exitCode != 0 || jsonStart < 0) throw new ProjectLoadException($"MSBuild could not evaluate {fullPath}:\n{output.Trim()}");
        using var document = JsonDocument.Parse(output[jsonStart..]);
        var root = document.RootElement;
        string? Property(string name) => root.GetProperty("Properties").TryGetProperty(name, out var value) ? value.GetString() : null;
        IReadOnlyList<JsonElement> ItemsOf(string name) => root.GetProperty("Items").TryGetProperty(name, out var items)
            ? items.EnumerateArray().ToList()
            : Array.Empty<JsonElement>();
        IReadOnlyList<string> Items(string name) => ItemsOf(name).Select(i => i.GetProperty("FullPath").GetString()!).ToList();
        string? Metadata(JsonElement item, string name) => item.TryGetProperty(name, out var value) ? value.GetString() : null;
        return new ProjectInputs(
            fullPath,
            Items("Compile"),
            Items("ReferencePathWithRefAssemblies"),
            (Property("DefineConstants") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Property("LangVersion"),
            Property("Nullable"),
            string.Equals(Property("AllowUnsafeBlocks"), "true", StringComparison.OrdinalIgnoreCase),
            ItemsOf("AppsScriptFile").Select(i => ProjectInputs.OutputFile(Metadata(i, "Identity")!, Metadata(i, "Sources"), Metadata(i, "Namespaces"))).ToList());
    }

    private static (int ExitCode, string Output) RunDotnet(IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new ProjectLoadException("Could not start 'dotnet'.");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }
}

/// <summary>The project could not be evaluated: a missing file, a failed restore, an MSBuild error.</summary>
public sealed class ProjectLoadException : Exception
{
    public ProjectLoadException(string message) : base(message)
    {
    }
}
