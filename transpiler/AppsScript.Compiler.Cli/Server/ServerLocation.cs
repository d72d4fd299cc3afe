using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace AppsScript.Compiler.Cli.Server;

/// <summary>
/// Where the build server of this compiler listens. The socket's name is a hash of the compiler's assemblies (path,
/// size, last write), so a rebuilt compiler gets a server of its own and never talks to one running older code; the
/// folder is private to the user (0700), since whoever can connect can have files written in their name.
/// </summary>
internal sealed record ServerLocation(string Folder, string Identity)
{
    /// <summary>Overrides the folder, so that a test run's servers are its own and it can end all of them.</summary>
    public const string FolderVariable = "GAS_COMPILE_SERVER_DIR";

    public string SocketPath => Path.Combine(Folder, Identity + ".sock");

    /// <summary>Held by the running server for its whole life: of two servers started at once, one listens.</summary>
    public string LockPath => Path.Combine(Folder, Identity + ".lock");

    public string LogPath => Path.Combine(Folder, Identity + ".log");

    public static string DefaultFolder()
    {
        var configured = Environment.GetEnvironmentVariable(FolderVariable);
        if (!string.IsNullOrEmpty(configured)) return Path.GetFullPath(configured);
        return Path.Combine(Path.GetTempPath(), "gas-compile-" + Environment.UserName);
    }

    /// <summary>The location of the server running the compiler this process was started from.</summary>
    public static ServerLocation OfThisCompiler() => new(DefaultFolder(), IdentityOf(AppContext.BaseDirectory));

    /// <summary>The compiler's identity as it is on disk now: the server compares it with its own to notice a rebuild.</summary>
    public static string IdentityOf(string compilerFolder)
    {
        var text = new StringBuilder(Path.GetFullPath(compilerFolder));
        foreach (var assembly in Directory.GetFiles(compilerFolder, "*.dll").Order(StringComparer.Ordinal))
        {
            var file = new FileInfo(assembly);
            text.Append('|').Append(file.Name).Append(':').Append(file.Length).Append(':').Append(file.LastWriteTimeUtc.Ticks);
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..20];
    }

    public void CreateFolder()
    {
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(Folder);
        else Directory.CreateDirectory(Folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
