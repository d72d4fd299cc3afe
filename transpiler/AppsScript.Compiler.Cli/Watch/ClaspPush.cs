using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace AppsScript.Compiler.Cli.Watch;

/// <summary>
/// `clasp push --force` of the Apps Script project a .clasp.json describes, with the clasp `npm ci` installs beside it
/// (node_modules/.bin, in its folder or one above), else the one on PATH. --force: without it clasp asks before
/// pushing a changed manifest, and a watch has nobody to answer.
/// </summary>
internal sealed record ClaspPush(string ClaspJson, string Tool)
{
    /// <summary>The push for a project: its .clasp.json is the one given, else the first in its folder or a folder above.</summary>
    public static ClaspPush? Find(string? claspJson, string projectDirectory)
    {
        var json = claspJson ?? Ancestors(projectDirectory).Select(d => Path.Combine(d, ".clasp.json")).FirstOrDefault(File.Exists);
        if (json is null) return null;
        var name = OperatingSystem.IsWindows() ? "clasp.cmd" : "clasp";
        var tool = Ancestors(Path.GetDirectoryName(json)!).Select(d => Path.Combine(d, "node_modules", ".bin", name)).FirstOrDefault(File.Exists);
        return new ClaspPush(json, tool ?? name);
    }

    public const string Missing =
        "--push needs the project's .clasp.json (its scriptId and rootDir): give it with --clasp-json, or create one beside " +
        "the project: `npx clasp login` once, then `npx clasp create --type standalone --rootDir dist` for a new script or " +
        "`npx clasp clone <scriptId> --rootDir dist` for an existing one.";

    /// <summary>Pushes, printing what clasp prints; true when it succeeded.</summary>
    public bool Run(TextWriter output)
    {
        var start = new ProcessStartInfo(Tool)
        {
            WorkingDirectory = Path.GetDirectoryName(ClaspJson)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("push");
        start.ArgumentList.Add("--force");
        try
        {
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            var printed = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            output.Write(printed);
            output.Write(errors.Result);
            output.WriteLine(process.ExitCode == 0
                ? "gas-compile: clasp push --force succeeded."
                : $"gas-compile: clasp push --force exited with code {process.ExitCode}; dist/ is compiled but not pushed.");
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            output.WriteLine($"gas-compile: could not run {Tool} ({exception.Message}): run `npm ci` beside the project to install clasp.");
            return false;
        }
    }

    private static System.Collections.Generic.IEnumerable<string> Ancestors(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent) yield return current.FullName;
    }
}
