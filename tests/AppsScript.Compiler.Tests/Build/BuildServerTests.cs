using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using AppsScript.Compiler.Tests.Infrastructure;
using Xunit;

namespace AppsScript.Compiler.Tests.Build;

/// <summary>
/// `dotnet build` compiles in gas-compile's build server: the first build starts it, later builds find it warm; its
/// errors are MSBuild errors at their location as before; a rebuilt compiler gets a server of its own and the old one
/// ends; a server that dies or cannot start leaves the build to the compiler's own process; and none outlives the tests.
/// Each test has its own server folder, so the servers it sees are its own.
/// </summary>
[Collection(ChildDotnetCollection.Name)]
public sealed class BuildServerTests
{
    private static readonly Regex ServedBy = new(@"compiled by the build server \(process (\d+), compilation (\d+) since it started\)");
    private readonly TemporaryProjects _projects;

    public BuildServerTests(TemporaryProjects projects)
    {
        _projects = projects;
    }

    [Fact]
    public void The_second_build_compiles_in_the_server_the_first_started_and_errors_stay_located()
    {
        var (folder, servers) = Project("Warm");
        var zeta = Path.Combine(folder, "Zeta.cs");
        var code = Path.Combine(folder, "Code.cs");
        try
        {
            var first = Build(folder, servers);
            File.WriteAllText(zeta, File.ReadAllText(zeta).Replace("\"Hello, \"", "\"Hi, \""));
            var second = Build(folder, servers);
            var compiledJs = File.ReadAllText(Path.Combine(folder, "dist", "Code.js"));
            File.WriteAllText(code, TemporaryProjects.LockViolation);
            var failed = Build(folder, servers);

            Assert.True(first.ExitCode == 0, first.ToString());
            Assert.True(second.ExitCode == 0, second.ToString());
            var (server, firstCompilation) = Served(first);
            Assert.Equal((server, firstCompilation + 1), Served(second));
            Assert.Contains("return \"Hi, \" + (this.name ?? \"\");", File.ReadAllText(Path.Combine(folder, "dist", "Zeta.js")));
            Assert.NotEqual(0, failed.ExitCode);
            Assert.Equal((server, firstCompilation + 2), Served(failed));
            Assert.Contains($"{code}(9,9): error GAS1006:", failed.Output);
            Assert.DoesNotContain("gas-compile exited with code", failed.Output);
            Assert.Equal(compiledJs, File.ReadAllText(Path.Combine(folder, "dist", "Code.js")));

            var shutdown = TemporaryProjects.ShutdownServers(servers);
            Assert.Contains($"build server {server} ended after {firstCompilation + 2} compilation(s)", shutdown.Output);
            Assert.False(IsRunning(server), $"The build server {server} still runs after --shutdown-servers.");
        }
        finally
        {
            TemporaryProjects.ShutdownServers(servers);
        }
    }

    [Fact]
    public void A_rebuilt_compiler_is_compiled_with_by_a_new_server_and_the_old_one_ends()
    {
        var (folder, servers) = Project("Rebuilt");
        var compiler = CopyOfTheCompiler("Rebuilt-compiler");
        var property = "-p:AppsScriptCompilerPath=" + Path.Combine(compiler, "gas-compile.dll");
        try
        {
            var before = Build(folder, servers, property);
            // What a rebuild of AppsScript.Compiler changes, as the server and the up-to-date check see it.
            var library = Path.Combine(compiler, "AppsScript.Compiler.dll");
            File.SetLastWriteTimeUtc(library, DateTime.UtcNow);
            var after = Build(folder, servers, property);

            Assert.True(before.ExitCode == 0, before.ToString());
            Assert.True(after.ExitCode == 0, after.ToString());
            var (oldServer, _) = Served(before);
            var (newServer, compilation) = Served(after);
            Assert.NotEqual(oldServer, newServer);
            Assert.Equal(1, compilation);
            Assert.True(WaitUntil(() => !IsRunning(oldServer)), $"The server {oldServer} of the replaced compiler still runs.");
        }
        finally
        {
            TemporaryProjects.ShutdownServers(servers);
        }
    }

    [Fact]
    public async Task A_server_that_dies_during_a_build_leaves_it_to_the_compiler_s_process()
    {
        var (folder, servers) = Project("Dying");
        var zeta = Path.Combine(folder, "Zeta.cs");
        try
        {
            var first = Build(folder, servers);
            var (server, _) = Served(first);
            var socketPath = Directory.GetFiles(servers, "*.sock").Single();
            using (var process = Process.GetProcessById(server))
            {
                process.Kill();
                process.WaitForExit();
            }
            // In its place, a server that takes the request and dies without answering.
            File.Delete(socketPath);
            using var dying = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            dying.Bind(new UnixDomainSocketEndPoint(socketPath));
            dying.Listen(1);
            var accepting = Task.Run(() =>
            {
                using var connection = dying.Accept();
                connection.Receive(new byte[4096]);
            });
            File.WriteAllText(zeta, File.ReadAllText(zeta).Replace("\"Hello, \"", "\"Hi, \""));
            var second = Build(folder, servers);

            Assert.True(first.ExitCode == 0, first.ToString());
            await accepting.WaitAsync(TimeSpan.FromSeconds(10));
            Assert.True(second.ExitCode == 0, second.ToString());
            // The connection ends at the client's read (the server closed it) or at its write (reset): either way it compiles itself.
            Assert.Matches(@"gas-compile: the build server could not compile \([^\n]+\); compiling in this process\.", second.Output);
            Assert.DoesNotContain("compiled by the build server", second.Output);
            Assert.Contains("return \"Hi, \" + (this.name ?? \"\");", File.ReadAllText(Path.Combine(folder, "dist", "Zeta.js")));
        }
        finally
        {
            TemporaryProjects.ShutdownServers(servers);
        }
    }

    [Fact]
    public void A_server_that_cannot_start_leaves_the_build_to_the_compiler_s_process_and_AppsScriptBuildServer_false_skips_it()
    {
        var (folder, _) = Project("NoServer");
        // A server folder under a file cannot be created.
        var blocked = Path.Combine(_projects.Root, "NoServer", "Code.cs", "servers");

        var build = Build(folder, blocked);
        File.Delete(Path.Combine(folder, "obj", "Debug", "net10.0", "appsscript.compiled.stamp"));
        var withoutServer = Build(folder, blocked, "-p:AppsScriptBuildServer=false");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("gas-compile: the build server could not compile (", build.Output);
        Assert.Contains("compiling in this process.", build.Output);
        Assert.Contains("gas-compile: 3 file(s)", build.Output);
        Assert.True(withoutServer.ExitCode == 0, withoutServer.ToString());
        Assert.Contains("gas-compile: 3 file(s)", withoutServer.Output);
        Assert.DoesNotContain("build server", withoutServer.Output);
    }

    private (string Folder, string Servers) Project(string name)
    {
        var folder = Path.GetDirectoryName(_projects.Write(name, TemporaryProjects.ValidSources, withBuildIntegration: true))!;
        return (folder, Path.Combine(TemporaryProjects.ServerFolder, name));
    }

    private static ProcessResult Build(string folder, string servers, params string[] arguments) =>
        ChildProcess.Run("dotnet", new[] { "build" }.Concat(arguments), folder, TemporaryProjects.ChildTimeout, TemporaryProjects.ServerEnvironment(servers));

    private static (int Server, int Compilation) Served(ProcessResult build)
    {
        var match = ServedBy.Match(build.Output);
        Assert.True(match.Success, "The build did not compile in the build server:\n" + build);
        return (int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value));
    }

    private string CopyOfTheCompiler(string name)
    {
        var source = Path.GetDirectoryName(TemporaryProjects.CompilerAssembly)!;
        var copy = Directory.CreateDirectory(Path.Combine(_projects.Root, name)).FullName;
        foreach (var file in Directory.GetFiles(source)) File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        return copy;
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool WaitUntil(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(30)) return false;
            Thread.Sleep(100);
        }
        return true;
    }
}
