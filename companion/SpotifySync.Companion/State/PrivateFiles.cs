using System;
using System.IO;

namespace SpotifySync.Companion.State;

/// <summary>
/// How the companion keeps what it writes to itself (docs/architecture.md: secrets at rest are 0600 in 0700 folders).
/// Its files (the state file, <c>core-store.json</c> with the Spotify tokens, the lock, the download archive, the logs,
/// a config file it writes, and the guards beside them) get mode 0600 as they are created, so none is readable by
/// others even for a moment, and a file found with a looser mode (made by an older version, or by hand) is narrowed
/// when it is opened to be written. The folders it makes for them get 0700. A folder that exists already is left as
/// it is: SPOTIFY_SYNC_HOME and the config file's folder can be any folder of the person's, and the files in it are
/// private anyway. Windows has no such modes (a new file there gets its folder's access list): nothing is done there.
/// </summary>
public static class PrivateFiles
{
    /// <summary>0600: the owner reads and writes, nobody else anything.</summary>
    public const UnixFileMode FilePermissions = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>0700.</summary>
    public const UnixFileMode FolderPermissions = FilePermissions | UnixFileMode.UserExecute;

    /// <summary>Makes the folder, and every missing folder above it, with <see cref="FolderPermissions"/>.</summary>
    public static void CreateFolder(string path)
    {
        if (Directory.Exists(path)) return;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }
        // Directory.CreateDirectory gives the mode to the last folder only: the ones above it would get 0777 less the umask.
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } parent) CreateFolder(parent);
        Directory.CreateDirectory(path, FolderPermissions);
    }

    /// <summary>
    /// Opens the file as <see cref="FileStream"/> would, in a folder made by <see cref="CreateFolder"/> when missing; a
    /// file it creates gets <see cref="FilePermissions"/>, and one that existed is narrowed to them.
    /// </summary>
    public static FileStream Open(string path, FileMode mode, FileAccess access, FileShare share)
    {
        CreateFolder(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var options = new FileStreamOptions { Mode = mode, Access = access, Share = share };
        if (OperatingSystem.IsWindows()) return new FileStream(path, options);
        options.UnixCreateMode = FilePermissions;
        var stream = new FileStream(path, options);
        var current = File.GetUnixFileMode(stream.SafeFileHandle);
        if (Looser(current)) File.SetUnixFileMode(stream.SafeFileHandle, current & FilePermissions);
        return stream;
    }

    /// <summary>Makes the file, empty, when it does not exist, for a program that appends to it and would create it with its own umask.</summary>
    public static void Create(string path) => Open(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite).Dispose();

    /// <summary>Narrows a file another program created (with its umask) to <see cref="FilePermissions"/>.</summary>
    public static void Narrow(string path)
    {
        if (OperatingSystem.IsWindows()) return;
        var current = File.GetUnixFileMode(path);
        if (Looser(current)) File.SetUnixFileMode(path, current & FilePermissions);
    }

    private static bool Looser(UnixFileMode mode) => (mode & ~FilePermissions) != 0;
}
