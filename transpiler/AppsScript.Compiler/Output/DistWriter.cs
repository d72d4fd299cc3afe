using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AppsScript.Compiler.Output;

/// <summary>
/// Writes a compilation into clasp's root folder. Only files whose text changed are rewritten; scripts left
/// from deleted sources or an earlier layout are removed, since clasp would push them, with the folders they
/// leave empty; the manifest is copied beside them; and
/// .clasp.json's filePushOrder is written when the load order is not clasp's alphabetical default.
/// </summary>
public static class DistWriter
{
    private static readonly string[] ScriptExtensions = { ".js", ".gs" };

    public static IReadOnlyList<string> Write(CompileResult result, string outputDirectory, string? manifestPath, string? claspJsonPath)
    {
        Directory.CreateDirectory(outputDirectory);
        var written = new List<string>();
        var expected = new HashSet<string>(result.Files.Select(f => Path.GetFullPath(Path.Combine(outputDirectory, f.Path))));
        foreach (var file in result.Files)
        {
            var path = Path.GetFullPath(Path.Combine(outputDirectory, file.Path));
            if (WriteIfChanged(path, file.Text)) written.Add(path);
        }
        foreach (var stale in Directory.EnumerateFiles(outputDirectory, "*", SearchOption.AllDirectories)
                     .Where(p => ScriptExtensions.Contains(Path.GetExtension(p)) && !expected.Contains(Path.GetFullPath(p))))
        {
            File.Delete(stale);
        }
        foreach (var folder in Directory.EnumerateDirectories(outputDirectory, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
        }
        if (manifestPath is not null)
        {
            var target = Path.Combine(outputDirectory, "appsscript.json");
            if (WriteIfChanged(target, File.ReadAllText(manifestPath))) written.Add(target);
        }
        if (claspJsonPath is not null) UpdatePushOrder(claspJsonPath, outputDirectory, result);
        return written;
    }

    private static bool WriteIfChanged(string path, string text)
    {
        if (File.Exists(path) && File.ReadAllText(path) == text) return false;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return true;
    }

    /// <summary>
    /// clasp compares filePushOrder entries with paths relative to the folder it runs in (the one holding
    /// .clasp.json), so entries carry the root folder prefix: "dist/Code.js".
    /// </summary>
    private static void UpdatePushOrder(string claspJsonPath, string outputDirectory, CompileResult result)
    {
        var text = File.ReadAllText(claspJsonPath);
        var settings = JsonNode.Parse(text) as JsonObject ?? throw new FormatException($"{claspJsonPath} does not hold a JSON object.");
        var projectRoot = Path.GetDirectoryName(Path.GetFullPath(claspJsonPath))!;
        if (result.PushOrderMatters)
        {
            var order = new JsonArray();
            foreach (var file in result.Files)
            {
                order.Add(Path.GetRelativePath(projectRoot, Path.Combine(outputDirectory, file.Path)).Replace('\\', '/'));
            }
            settings["filePushOrder"] = order;
        }
        else
        {
            settings.Remove("filePushOrder");
        }
        var updated = settings.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        if (updated != text) File.WriteAllText(claspJsonPath, updated);
    }
}
