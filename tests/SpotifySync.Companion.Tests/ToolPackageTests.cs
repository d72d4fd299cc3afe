using System;
using System.IO;
using System.IO.Compression;
using System.Threading.Tasks;
using CliWrap;
using CliWrap.Buffered;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary>spotify-sync as companion/README.md installs it: <c>dotnet pack</c>, then <c>dotnet tool install</c>.</summary>
public sealed class ToolPackageTests
{
    [Fact]
    public async Task The_packed_tool_installs_with_dotnet_tool_install_and_runs_with_its_readme_in_the_package()
    {
        var root = Directory.CreateTempSubdirectory("spotify-sync-pack-").FullName;
        try
        {
            var packages = Path.Combine(root, "nupkg");
            var tools = Path.Combine(root, "tools");
            // The build the tests run from (bin/<configuration>/<framework>/), packed as it is.
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            var project = Path.Combine(RepositoryDist.Root(), "companion", "SpotifySync.Companion");

            await Succeeds("dotnet", "pack", project, "--no-build", "-c", configuration, "-o", packages);
            await Succeeds("dotnet", "tool", "install", "--tool-path", tools, "--add-source", packages, "SpotifySync.Companion");
            var version = await Succeeds(Path.Combine(tools, "spotify-sync"), "--version");
            var help = await Succeeds(Path.Combine(tools, "spotify-sync"), "sync", "--help");

            Assert.StartsWith("0.1.0", version.Trim(), StringComparison.Ordinal);
            Assert.Contains("--mode", help, StringComparison.Ordinal);
            var package = Assert.Single(Directory.GetFiles(packages, "SpotifySync.Companion.*.nupkg"));
            using var zip = ZipFile.OpenRead(package);
            Assert.Contains(zip.Entries, entry => entry.FullName == "README.md");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Runs the program and returns its output; a failure shows both streams.</summary>
    private static async Task<string> Succeeds(string program, params string[] arguments)
    {
        var result = await Cli.Wrap(program).WithArguments(arguments).WithValidation(CommandResultValidation.None).ExecuteBufferedAsync();
        Assert.True(result.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited {result.ExitCode}: {result.StandardOutput}{result.StandardError}");
        return result.StandardOutput;
    }
}
