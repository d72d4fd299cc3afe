using System;
using System.Collections;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.Emulation;

namespace SpotifySync.Companion.Commands;

/// <summary><c>spotify-sync gas run FUNCTION</c>: the emitted Apps Script bundle under the emulator.</summary>
public static class GasCommand
{
    public static Command Create()
    {
        var function = new Argument<string>("function") { Description = "The top-level function to run, as the editor's Run menu lists it: syncSpotifyToNotion, fullSync, initializeSpotifySync, testSpotifyConnection, …" };
        var dist = new Option<DirectoryInfo>("--dist") { Description = "The compiled project (what clasp pushes); `dotnet build gas-src` writes it.", DefaultValueFactory = _ => new DirectoryInfo("dist") };
        var arguments = new Option<string?>("--args") { Description = "The function's arguments as a JSON array, such as '[{\"triggerIntervalMinutes\": 5}]' (a single JSON value is one argument)." };
        var eventJson = new Option<string?>("--event")
        {
            Description = "The event object Apps Script would pass the function, as JSON: the request of the web app's doGet(e) or doPost(e) (which need one), a callback's or a trigger's event, " +
                          $"such as '{GasRunArguments.DoGetExample}' (fields: parameter, parameters, queryString, pathInfo, contextPath, contentLength; postData for doPost). It is the one argument; not with --args.",
        };
        var eventFile = new Option<string?>("--event-file") { Description = "A file holding the event object as JSON, as --event takes it." };
        var properties = new Option<string?>("--properties") { Description = "A JSON file of Script Properties ({\"NOTION_TOKEN\": \"…\", …}); what the run changes (tokens, cursors) is written back to it. " +
                                                                             "Set properties are also read from environment variables of the same names (SPOTIFY_CLIENT_ID, SPOTIFY_CLIENT_SECRET, SPOTIFY_REFRESH_TOKEN, NOTION_TOKEN, TRACKS_DB_ID, CONFIG_DB_ID, COMPANION_URL, WEBHOOK_SECRET, ALERT_EMAIL), which win." };
        var sandbox = new Option<bool>("--sandbox") { Description = "Send the script's Spotify and Notion requests to simulated services on loopback ports (a seeded library; a Music Tracks database with the sync's properties and no page, new for each run) " +
                                                                    "instead of the real ones; their credentials replace those properties, and nothing is written back." };
        var liked = new Option<int>("--sandbox-liked") { Description = "Liked tracks in the sandbox's Spotify library.", DefaultValueFactory = _ => 40 };
        var seed = new Option<int>("--seed") { Description = "Seeds the sandbox's library.", DefaultValueFactory = _ => 1 };
        var clock = new Option<string?>("--clock")
        {
            Description = $"{GasClocks.Real}: the system clock, so Utilities.sleep (the Notion pacing, Retry-After waits) really waits and the 6-minute limit is real time; " +
                          $"{GasClocks.Virtual}: the emulator's simulated clock, where sleeps take no real time. Default: {GasClocks.Real}, or {GasClocks.Virtual} with --sandbox.",
        };
        clock.AcceptOnlyFromAmong(GasClocks.Real, GasClocks.Virtual);
        liked.Validators.Add(result => { if (result.GetValueOrDefault<int>() is < 1 or > 5000) result.AddError("--sandbox-liked is between 1 and 5000."); });
        var run = new Command("run", "Runs one function of the emitted dist/ under the Apps Script emulator with real HTTP (UrlFetchApp reaches the real Spotify and Notion), " +
                                     "to try the bundle with your own credentials before `clasp push`; prints the logs, the return value, the duration and the UrlFetchApp count. " +
                                     "It runs in real time, as Apps Script would: Utilities.sleep (the Notion pacing, Retry-After waits) really waits and executions stop after 6 real minutes; " +
                                     "with --sandbox the emulator's simulated clock is the default (--clock). Log lines are printed as the execution writes them. " +
                                     "doGet and doPost need the request's event (--event or --event-file). " +
                                     "Exit codes: 0 the function returned, 3 a bad --dist, --args, --event or --properties, or doGet/doPost without an event, 9 the function threw.")
        {
            function, dist, arguments, eventJson, eventFile, properties, sandbox, liked, seed, clock,
        };
        run.SetAction(async (parse, cancellation) =>
        {
            JsonNode?[] values;
            try
            {
                values = GasRunArguments.Read(parse.GetValue(arguments), parse.GetValue(eventJson), parse.GetValue(eventFile));
            }
            catch (ConfigurationException exception)
            {
                CommandContext.Report(exception, Console.Error);
                return ExitCodes.Configuration;
            }
            var request = new GasRunRequest(parse.GetValue(function)!, parse.GetValue(dist)!, values, parse.GetValue(properties), parse.GetValue(sandbox), parse.GetValue(liked), parse.GetValue(seed), parse.GetValue(clock));
            var environment = Environment.GetEnvironmentVariables().Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string?)e.Value);
            return await GasRun.RunAsync(request, environment, Console.Out, Console.Error);
        });
        return new Command("gas", "Runs the compiled Apps Script project locally under the emulator.") { run };
    }
}
