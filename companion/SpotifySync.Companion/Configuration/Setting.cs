namespace SpotifySync.Companion.Configuration;

/// <summary>
/// One setting of the companion: its name (the same as environment variable and as key of the config file), what it
/// is for, its default, and whether it is a secret (never logged or printed).
/// </summary>
public sealed record Setting(string Name, string Description, string? Default, bool IsSecret = false);
