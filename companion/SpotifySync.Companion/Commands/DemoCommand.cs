using System;
using System.CommandLine;
using System.IO;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.Demo;

namespace SpotifySync.Companion.Commands;

/// <summary><c>spotify-sync demo</c>: the whole loop against the sandbox, in one run.</summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var dist = new Option<DirectoryInfo>("--dist") { Description = "The compiled Apps Script project; `dotnet build gas-src` writes it.", DefaultValueFactory = _ => new DirectoryInfo("dist") };
        var liked = new Option<int>("--liked") { Description = "Liked tracks in the sandbox's Spotify library.", DefaultValueFactory = _ => 12 };
        var seed = new Option<int>("--seed") { Description = "Seeds the library: the same seed gives the same tracks.", DefaultValueFactory = _ => 1 };
        var keep = new Option<bool>("--keep") { Description = "Keep the demo's folder (the companion's state, logs and stand-in files) instead of deleting it." };
        liked.Validators.Add(result => { if (result.GetValueOrDefault<int>() is < 1 or > 200) result.AddError("--liked is between 1 and 200."); });
        var command = new Command("demo", "Shows the whole loop in one run, on loopback and in real time, with no account and no network: simulated Spotify and Notion; " +
                                          "the emitted dist/ under the Apps Script emulator syncs the likes into Notion and notifies the companion's webhook API (signed); " +
                                          "the companion downloads the new tracks with a BUILT-IN STAND-IN for yt-dlp (it writes a small text file, no audio), writes " +
                                          "Download Status back to Notion and reports to the web app's doPost. Prints each step and a summary. " +
                                          "Exit codes: 0 the loop completed, 3 no compiled project at --dist, 9 a step failed or the figures do not add up.")
        {
            dist, liked, seed, keep,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var folder = Directory.CreateTempSubdirectory("spotify-sync-demo-").FullName;
            try
            {
                var summary = await DemoRun.RunAsync(parse.GetValue(dist)!, parse.GetValue(liked), parse.GetValue(seed), folder, Console.WriteLine);
                Console.WriteLine();
                summary.Print(Console.WriteLine);
                return summary.Complete ? ExitCodes.Success : ExitCodes.ScriptFailed;
            }
            catch (ConfigurationException exception)
            {
                CommandContext.Report(exception, Console.Error);
                return ExitCodes.Configuration;
            }
            catch (DemoFailedException exception)
            {
                Console.Error.WriteLine($"spotify-sync: demo: {exception.Message}");
                return ExitCodes.ScriptFailed;
            }
            finally
            {
                if (parse.GetValue(keep)) Console.WriteLine($"The demo's folder: {folder}");
                else Directory.Delete(folder, recursive: true);
            }
        });
        return command;
    }
}
