using System.Reflection;

namespace SpotifySync.Companion.Status;

/// <summary>The tool's version, as packed (the project's Version).</summary>
public static class CompanionVersion
{
    public static string Current { get; } =
        typeof(CompanionVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
