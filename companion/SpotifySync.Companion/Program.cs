using System;
using System.CommandLine;
using SpotifySync.Companion.Commands;

var root = new RootCommand("spotify-sync: the SpotifySync companion. Downloads the tracks that arrive in Notion (yt-dlp), serves the webhook API " +
                           "Apps Script talks to, and installs its own schedule. Settings come from environment variables and a JSON config file " +
                           "(see companion/README.md).")
{
    CommandContext.ConfigOption,
    SyncCommand.Create(),
    ServeCommand.Create(),
    SecretCommand.Create(),
    ApiCommand.Create(),
    CronCommand.Create(),
    StatusCommand.Create(),
    GasCommand.Create(),
    DemoCommand.Create(),
}.PrintsHelpWhenBare();
var parsed = root.Parse(args);
// System.CommandLine answers a malformed command line with exit code 1, which here means "an unexpected error".
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine($"spotify-sync: {error.Message}");
    Console.Error.WriteLine("spotify-sync: run with --help for the usage.");
    return ExitCodes.Usage;
}
return await parsed.InvokeAsync();
