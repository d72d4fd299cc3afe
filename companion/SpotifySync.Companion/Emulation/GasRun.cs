using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AppsScript.Emulator;
using AppsScript.Emulator.Runtime;
using SpotifySync.Companion.Commands;
using SpotifySync.Companion.Configuration;
using SpotifySync.Core.Sync;

namespace SpotifySync.Companion.Emulation;

/// <summary>
/// What <c>gas run</c> runs: the function, its arguments, the bundle, where the Script Properties come from, whether the
/// sandbox stands in for Spotify and Notion, and on which clock (<see cref="GasClocks"/>; null: real, or virtual with
/// the sandbox; a sandbox given to <see cref="GasRun.Run"/> brings its own).
/// </summary>
public sealed record GasRunRequest(string Function, DirectoryInfo Dist, JsonNode?[] Arguments, string? PropertiesFile, bool Sandbox, int SandboxLikedTracks, int Seed, string? Clock = null);

/// <summary>
/// <c>spotify-sync gas run</c>: one execution of the emitted <c>dist/</c> under the Apps Script emulator, as the
/// editor's Run button makes it, with real HTTP (the emulator's network transport) or, with <c>--sandbox</c>, the
/// simulated Spotify and Notion on loopback, in real time by default (on the emulator's simulated clock with the sandbox).
/// Prints each log line as the execution writes it, then the return value (or the web app's output), the duration and
/// the fetch count.
/// </summary>
public static class GasRun
{
    /// <summary>The Script Properties read from the environment when set: the ones docs/architecture.md names.</summary>
    public static readonly IReadOnlyList<string> EnvironmentProperties =
    [
        SettingNames.SpotifyClientId, SettingNames.SpotifyClientSecret, SettingNames.SpotifyRefreshToken, SettingNames.NotionToken,
        SettingNames.TracksDbId, SettingNames.ConfigDbId, SettingNames.CompanionUrl, SettingNames.WebhookSecret, SettingNames.AlertEmail,
    ];

    /// <summary>The command: over real HTTP, or against a new sandbox on loopback with <see cref="GasRunRequest.Sandbox"/>.</summary>
    public static async Task<int> RunAsync(GasRunRequest request, IReadOnlyDictionary<string, string?> environment, TextWriter output, TextWriter error)
    {
        if (!request.Sandbox) return Run(request, null, environment, output, error);
        await using var world = await SandboxWorld.StartAsync(request.SandboxLikedTracks, request.Seed, tracksSchema: true, GasClocks.Create(request.Clock, sandbox: true));
        return Run(request, world, environment, output, error);
    }

    /// <summary>
    /// The run against <paramref name="sandbox"/> when given (one the caller started, and may watch: its traffic, its
    /// pages), on its clock, else over real HTTP; <see cref="GasRunRequest.Sandbox"/> and its sizes are not read.
    /// </summary>
    public static int Run(GasRunRequest request, SandboxWorld? sandbox, IReadOnlyDictionary<string, string?> environment, TextWriter output, TextWriter error)
    {
        ScriptProject project;
        Dictionary<string, string> stored;
        try
        {
            project = LoadProject(request.Dist);
            if (EventEntryPoints.Missing(request.Function, project.Parameters(request.Function), request.Arguments.Length) is { } missing) throw new ConfigurationException([missing]);
            stored = request.PropertiesFile is { } file ? ScriptPropertiesFile.Read(file) : [];
        }
        catch (ConfigurationException exception)
        {
            CommandContext.Report(exception, error);
            return ExitCodes.Configuration;
        }
        var properties = new Dictionary<string, string>(stored);
        foreach (var name in EnvironmentProperties)
        {
            if (environment.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value)) properties[name] = value.Trim();
        }
        if (sandbox is not null)
        {
            foreach (var (name, value) in sandbox.ScriptProperties) properties[name] = value;
        }
        var clock = sandbox?.Clock ?? GasClocks.Create(request.Clock, sandbox: false);
        using var script = new ScriptEnvironment(
            new ScriptEnvironmentOptions { Clock = clock, ScriptId = sandbox is null ? null : SandboxWorld.ScriptId },
            sandbox?.CreateTransport());
        foreach (var (name, value) in properties) script.ScriptProperties.Set(name, value);

        output.WriteLine($"gas run {request.Function}: {project.Files.Count} files of {request.Dist.FullName}, " +
                         (sandbox is null ? "real HTTP" : $"sandbox Spotify on {sandbox.Apis.SpotifyHost.BaseAddress} and Notion on {sandbox.Apis.NotionHost.BaseAddress}") +
                         (clock.PassesOnItsOwn ? ", in real time" : ", on a simulated clock (Utilities.sleep takes no real time)"));
        // The secrets as the script holds them when a line is printed: a token it stored a moment ago included.
        string Redact(string text) => script.ScriptProperties.Snapshot().Concat(properties)
            .Where(p => IsSecret(p.Key)).Select(p => p.Value).Where(v => v.Length >= 8).Distinct()
            .Aggregate(text, (current, secret) => current.Replace(secret, "[redacted]", StringComparison.Ordinal));
        // Each line as the execution writes it, as the editor's log shows them: a long run against the real Notion is not silent for minutes.
        output.WriteLine("logs:");
        var lines = 0;
        script.LogWritten += (execution, log) =>
        {
            lines++;
            output.WriteLine($"  +{(log.Time - execution.Start!.Value).TotalMilliseconds,6:0} ms {log.Level,-7} {Redact(log.Message)}");
        };
        var wall = Stopwatch.StartNew();
        var result = script.Run(project, request.Function, request.Arguments.Cast<object?>().ToArray());
        wall.Stop();

        if (lines == 0) output.WriteLine("  (none)");
        if (result is { Succeeded: true, Output: { } web })
        {
            output.WriteLine($"web app output ({web.MimeType}):");
            output.WriteLine(Indent(Redact(web.MimeType == "application/json" ? Pretty(web.Content) : web.Content)));
        }
        else if (result.Succeeded)
        {
            output.WriteLine("return value:");
            output.WriteLine(result.ReturnJson is null ? "  undefined" : Indent(Redact(Pretty(result.ReturnJson))));
        }
        else
        {
            error.WriteLine($"spotify-sync: {request.Function} failed: {Redact(result.Error!.ToString())}");
            if (EventEntryPoints.Hint(request.Function, project.Parameters(request.Function), request.Arguments.Length, result.Error) is { } hint) error.WriteLine($"spotify-sync: {hint}");
        }
        output.WriteLine($"duration: {result.Duration.TotalMilliseconds:0} ms of the execution's clock, {wall.ElapsedMilliseconds} ms wall time; {result.UrlFetchCount} UrlFetchApp request(s)");

        if (request.PropertiesFile is { } path && sandbox is null) WriteBack(path, stored, properties, script.ScriptProperties.Snapshot(), output);
        return result.Succeeded ? ExitCodes.Success : ExitCodes.ScriptFailed;
    }

    /// <summary>Names whose values are never printed: tokens and secrets, the person's and the ones the script stores.</summary>
    public static bool IsSecret(string name) => name.Contains("TOKEN", StringComparison.Ordinal) || name.Contains("SECRET", StringComparison.Ordinal);

    /// <exception cref="ConfigurationException">The folder holds no compiled project.</exception>
    public static ScriptProject LoadProject(DirectoryInfo dist)
    {
        if (!dist.Exists || !dist.EnumerateFiles("*.js").Any())
        {
            throw new ConfigurationException([$"--dist {dist.FullName} holds no compiled Apps Script project: build it first (`dotnet build gas-src` writes dist/), or name the folder with --dist."]);
        }
        return ScriptProject.Load(dist.FullName);
    }

    /// <summary>Writes what the execution changed back to the file; what came from the environment stays out of it unless the script changed it.</summary>
    private static void WriteBack(string path, Dictionary<string, string> stored, Dictionary<string, string> given, IReadOnlyDictionary<string, string> after, TextWriter output)
    {
        var updated = new Dictionary<string, string>(stored);
        var changed = 0;
        foreach (var (name, value) in after)
        {
            if (given.TryGetValue(name, out var before) && before == value) continue;
            updated[name] = value;
            changed++;
        }
        foreach (var name in given.Keys.Where(name => !after.ContainsKey(name)))
        {
            if (updated.Remove(name)) changed++;
        }
        if (changed == 0) return;
        ScriptPropertiesFile.Write(path, updated);
        output.WriteLine($"script properties: {changed} change(s) written to {path}");
    }

    /// <summary>JSON text indented, with non-ASCII text as it is; text that is not JSON (a web app may answer anything) as it is.</summary>
    private static string Pretty(string json)
    {
        try
        {
            return JsonNode.Parse(json)?.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "null";
        }
        catch (JsonException)
        {
            return json;
        }
    }

    private static string Indent(string text) => "  " + text.Replace("\n", "\n  ", StringComparison.Ordinal);
}
