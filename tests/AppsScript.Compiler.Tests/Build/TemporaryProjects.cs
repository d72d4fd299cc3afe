using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using AppsScript.Compiler.Tests.Infrastructure;
using Xunit;

namespace AppsScript.Compiler.Tests.Build;

/// <summary>
/// Small C# projects outside the repository, written once for every test that runs a child `dotnet`:
/// such processes are slow, and building the same repository projects at once from two tests would race.
/// Each project references AppsScript.Interop; <c>withBuildIntegration</c> ones import AppsScript.Compiler.targets.
/// </summary>
public sealed class TemporaryProjects : IDisposable
{
    public static readonly TimeSpan ChildTimeout = TimeSpan.FromMinutes(5);

    /// <summary>A subset violation: `lock` at line 9, column 9 of Code.cs.</summary>
    public const string LockViolation = """
        using AppsScript.Interop;

        [GlobalFunctions]
        public static class Code
        {
            public static int Count(int[] values)
            {
                var total = 0;
                lock (values)
                {
                    foreach (var value in values) total += value;
                }
                return total;
            }
        }
        """;

    /// <summary>Three files whose load order is not alphabetical: Alpha.cs's class extends Zeta.cs's.</summary>
    public static readonly IReadOnlyDictionary<string, string> ValidSources = new Dictionary<string, string>
    {
        ["Code.cs"] = """
            using AppsScript.Interop;
            using AppsScript.Interop.Services;

            [GlobalFunctions]
            public static class Code
            {
                public static string Hello(string name)
                {
                    var greeting = new Dog(name).Greet();
                    Logger.Log(greeting);
                    return greeting;
                }
            }
            """,
        ["Zeta.cs"] = """
            public class Animal
            {
                public Animal(string name)
                {
                    Name = name;
                }

                public string Name { get; }

                public virtual string Greet() => "Hello, " + Name;
            }
            """,
        ["Alpha.cs"] = """
            public class Dog : Animal
            {
                public Dog(string name) : base(name)
                {
                }

                public override string Greet() => base.Greet() + ", good dog";
            }
            """,
    };

    /// <summary>
    /// <see cref="ValidSources"/> in folders, plus a helper in its own namespace, and the AppsScriptFile items that
    /// lay them out in three scripts whose preferred order (Code, Pets, Helpers) is not alphabetical.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> LayoutSources = new Dictionary<string, string>
    {
        ["Code.cs"] = ValidSources["Code.cs"].Replace("return greeting;", "return Helpers.Texts.Shout(greeting);"),
        ["Animals/Zeta.cs"] = ValidSources["Zeta.cs"],
        ["Animals/Alpha.cs"] = ValidSources["Alpha.cs"],
        ["Texts.cs"] = "namespace Helpers { public static class Texts { public static string Shout(string text) => text + \"!\"; } }",
    };

    public const string LayoutItems = """
          <ItemGroup>
            <AppsScriptFile Include="Code.js" Sources="Code.cs" />
            <AppsScriptFile Include="Pets.js" Sources="Animals/;Missing/*.cs" />
            <AppsScriptFile Include="Helpers.js" Namespaces="Other;Helpers" />
          </ItemGroup>
        """;

    public const string Manifest = """
        {
          "timeZone": "Etc/UTC",
          "runtimeVersion": "V8"
        }
        """;

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("gas-build-tests-");
    private readonly Lazy<(string Folder, ProcessResult Build)> _validBuild;

    public TemporaryProjects()
    {
        _validBuild = new(() =>
        {
            var folder = Path.GetDirectoryName(Write("Valid", ValidSources, withBuildIntegration: true))!;
            return (folder, Dotnet(folder, "build"));
        });
    }

    public string Root => _root.FullName;

    /// <summary>The folder of a project of <see cref="ValidSources"/> with the build integration, and its first `dotnet build`.</summary>
    public (string Folder, ProcessResult Build) ValidBuild => _validBuild.Value;

    /// <summary>
    /// Writes a project folder holding Name.csproj (with <paramref name="projectItems"/> in it), the sources (paths
    /// relative to the folder), appsscript.json and a .clasp.json; returns the .csproj path.
    /// </summary>
    public string Write(string name, IReadOnlyDictionary<string, string> sources, bool withBuildIntegration, string projectItems = "")
    {
        var folder = Directory.CreateDirectory(Path.Combine(Root, name)).FullName;
        var interop = Repository.PathOf("transpiler", "AppsScript.Interop", "AppsScript.Interop.csproj");
        var targets = Repository.PathOf("transpiler", "AppsScript.Compiler.targets");
        var integration = withBuildIntegration
            ? $"""
                <PropertyGroup>
                  <AppsScriptManifest>$(MSBuildThisFileDirectory)appsscript.json</AppsScriptManifest>
                  <AppsScriptClaspJson>$(MSBuildThisFileDirectory).clasp.json</AppsScriptClaspJson>
                </PropertyGroup>
                <Import Project="{targets}" />
              """
            : "";
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{interop}" />
              </ItemGroup>
            {projectItems}
            {integration}
            </Project>
            """);
        foreach (var (file, text) in sources)
        {
            var path = Path.Combine(folder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
        File.WriteAllText(Path.Combine(folder, "appsscript.json"), Manifest);
        File.WriteAllText(Path.Combine(folder, ".clasp.json"), "{\n  \"scriptId\": \"test\",\n  \"rootDir\": \"dist\"\n}\n");
        return Path.Combine(folder, name + ".csproj");
    }

    /// <summary>
    /// The build servers the tests' builds start live in this folder, not the user's, so that the tests end all of them
    /// (and only them) when they finish; an idle limit ends them even if the test run is killed first.
    /// </summary>
    public static readonly string ServerFolder = Path.Combine(Path.GetTempPath(), $"gas-build-tests-servers-{Environment.ProcessId}");

    public static IReadOnlyDictionary<string, string> ServerEnvironment(string serverFolder) => new Dictionary<string, string>
    {
        ["GAS_COMPILE_SERVER_DIR"] = serverFolder,
        ["GAS_COMPILE_SERVER_IDLE_SECONDS"] = "300",
    };

    /// <summary>gas-compile.dll as the build of the repository left it, in the configuration of these tests.</summary>
    public static string CompilerAssembly => Repository.PathOf("transpiler", "AppsScript.Compiler.Cli", "bin", Configuration, "net10.0", "gas-compile.dll");

    private static string Configuration =>
        typeof(TemporaryProjects).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static ProcessResult Dotnet(string workingDirectory, params string[] arguments) =>
        ChildProcess.Run("dotnet", arguments, workingDirectory, ChildTimeout, ServerEnvironment(ServerFolder));

    /// <summary>Ends the build servers started with <paramref name="serverFolder"/>, waiting until each has exited.</summary>
    public static ProcessResult ShutdownServers(string serverFolder) =>
        ChildProcess.Run("dotnet", new[] { CompilerAssembly, "--shutdown-servers" }, Path.GetTempPath(), ChildTimeout, ServerEnvironment(serverFolder));

    public void Dispose()
    {
        ShutdownServers(ServerFolder);
        if (Directory.Exists(ServerFolder)) Directory.Delete(ServerFolder, recursive: true);
        _root.Delete(recursive: true);
    }
}

/// <summary>The tests that start child `dotnet` processes run one at a time, sharing <see cref="TemporaryProjects"/>.</summary>
[CollectionDefinition(Name)]
public sealed class ChildDotnetCollection : ICollectionFixture<TemporaryProjects>
{
    public const string Name = "Child dotnet processes";
}
