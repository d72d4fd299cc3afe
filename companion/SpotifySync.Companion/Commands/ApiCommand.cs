using System;
using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SpotifySync.Companion.Api;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.Json;
using SpotifySync.Companion.Server;
using SpotifySync.Companion.Server.Answers;
using SpotifySync.Companion.Server.Requests;
using SpotifySync.Companion.Status;
using SpotifySync.Core.Sync;

namespace SpotifySync.Companion.Commands;

/// <summary>
/// <c>spotify-sync api health|status|trigger-sync|config</c>: the webhook API's routes from the command line, signed with
/// the configured WEBHOOK_SECRET (<see cref="GasApiClient"/>), against the configured server or <c>--url</c> (the
/// tunnel's address). Prints the answer for a person, or as it came with <c>--json</c>; an error answer exits 12.
/// </summary>
public static class ApiCommand
{
    private static readonly Option<string?> Url = new("--url")
    {
        Description = "The server's address, such as the tunnel's https://music.example.net (default: http://SPOTIFY_SYNC_BIND:SPOTIFY_SYNC_PORT/, 127.0.0.1:5001).",
        Recursive = true,
    };

    private static readonly Option<bool> Json = new("--json")
    {
        Description = "Print the server's answer as it came (JSON; an error is an RFC 9457 problem), instead of for a person.",
        Recursive = true,
    };

    public static Command Create() => new Command("api", "Calls the webhook API of a running `spotify-sync serve`, signed with WEBHOOK_SECRET from the configuration, " +
                                                         "as Apps Script does. Exit codes: 0 answered, 2 usage, 3 no WEBHOOK_SECRET, 10 nothing answers at the address, " +
                                                         "12 the server answered with an error (printed).")
    {
        Url,
        Json,
        Health(),
        Status(),
        TriggerSync(),
        Config(),
    }.PrintsHelpWhenBare();

    private static Command Health()
    {
        var command = new Command("health", "GET /gas/health, the one unsigned route: whether the server answers, its version and since when it runs.");
        command.SetAction((parse, cancellation) => CallAsync(parse, signed: false, (client, c) => client.GetAsync("gas/health", c), (server, body) =>
        {
            var health = Read<HealthAnswer>(body);
            var uptime = TimeSpan.FromSeconds(health.UptimeSeconds);
            Console.WriteLine($"spotify-sync {health.Version} at {server}: {health.Status}, serving since {health.StartedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC " +
                              $"({(int)uptime.TotalHours} h {uptime.Minutes} min {uptime.Seconds} s).");
        }, cancellation));
        return command;
    }

    private static Command Status()
    {
        var command = new Command("status", "GET /gas/status, signed: the server's runs, counts, recent errors, next scheduled run, switches and the last webhook events.");
        command.SetAction((parse, cancellation) => CallAsync(parse, signed: true, (client, c) => client.GetAsync("gas/status", c), (server, body) =>
        {
            var report = Read<StatusReport>(body);
            StatusPrinter.Print(report, $"spotify-sync {report.Version} at {server}", Console.Out);
        }, cancellation));
        return command;
    }

    private static Command TriggerSync()
    {
        var mode = new Option<string?>("--mode", "-m") { Description = "incremental or full; by default the Sync Mode switch's (full when it says full, else incremental)." };
        mode.AcceptOnlyFromAmong(SyncModes.Incremental, SyncModes.Full);
        var command = new Command("trigger-sync", "POST /gas/trigger-sync, signed: starts a run on the server; refused (exit 12) while a run holds the lock.") { mode };
        command.SetAction((parse, cancellation) =>
        {
            var body = JsonSerializer.Serialize(new TriggerSyncRequest { Mode = parse.GetValue(mode) }, RequestJson.Options);
            return CallAsync(parse, signed: true, (client, c) => client.PostAsync("gas/trigger-sync", body, c), (server, answer) =>
            {
                var started = Read<TriggerSyncAnswer>(answer);
                Console.WriteLine($"spotify-sync: run {started.RunId} ({started.Mode}) started on {server}; `spotify-sync api status` shows how it goes.");
            }, cancellation);
        });
        return command;
    }

    private static Command Config()
    {
        var enabled = new Option<bool?>("--enabled") { Description = "Sync Enabled: false makes every run of the companion, scheduled or not, do nothing." };
        var syncMode = new Option<string?>("--sync-mode") { Description = "Sync Mode: incremental, full (every scheduled run is a full run) or manual (the schedule's runs do nothing)." };
        syncMode.AcceptOnlyFromAmong(SyncModes.Incremental, SyncModes.Full, SyncModes.Manual);
        var cronActive = new Option<bool?>("--cron-active") { Description = "Cron Active, as the crontab shows it (the next run sets it back to what the crontab says)." };
        var interval = new Option<int?>("--trigger-interval")
        {
            Description = "Apps Script's sync trigger interval in minutes, 1, 5, 10, 15 or 30: written to the Sync Interval of the script's row in the configuration " +
                          "database (CONFIG_DB_ID), which the script follows by moving its trigger at its next run.",
        };
        interval.AcceptOnlyFromAmong([.. Array.ConvertAll(SyncSettingsRules.TriggerIntervals, m => m.ToString(CultureInfo.InvariantCulture))]);
        var command = new Command("config", "POST /gas/config, signed: sets the companion's switches and Apps Script's trigger interval; give at least one option.")
        {
            enabled,
            syncMode,
            cronActive,
            interval,
        };
        command.SetAction((parse, cancellation) =>
        {
            var request = new ConfigRequest { Enabled = parse.GetValue(enabled), SyncMode = parse.GetValue(syncMode), CronActive = parse.GetValue(cronActive), TriggerIntervalMinutes = parse.GetValue(interval) };
            if (!request.SetsSwitches && request.TriggerIntervalMinutes is null)
            {
                Console.Error.WriteLine("spotify-sync: give at least one of --enabled, --sync-mode, --cron-active and --trigger-interval.");
                return Task.FromResult(ExitCodes.Usage);
            }
            var body = JsonSerializer.Serialize(request, RequestJson.Options);
            return CallAsync(parse, signed: true, (client, c) => client.PostAsync("gas/config", body, c), (_, answer) =>
            {
                var config = Read<ConfigAnswer>(answer);
                Console.WriteLine($"spotify-sync: sync enabled {config.Automation.SyncEnabled}, mode {config.Automation.SyncMode}, cron active {config.Automation.CronActive}.");
                if (config.Notion is not null) Console.WriteLine($"spotify-sync: configuration row: {config.Notion}");
                if (config.AppsScript is not null) Console.WriteLine($"spotify-sync: Apps Script: {config.AppsScript}");
            }, cancellation);
        });
        return command;
    }

    /// <summary>Sends one request and prints its answer: the exit code of <see cref="ApiCommand"/>'s help.</summary>
    private static async Task<int> CallAsync(ParseResult parse, bool signed, Func<GasApiClient, CancellationToken, Task<GasApiAnswer>> send, Action<Uri, string> print, CancellationToken cancellation)
    {
        var configuration = CommandContext.Load(parse, Console.Error);
        if (configuration is null) return ExitCodes.Configuration;
        string? secret = null;
        try
        {
            if (signed) secret = configuration.RequireWebhookSecret();
        }
        catch (ConfigurationException exception)
        {
            CommandContext.Report(exception, Console.Error);
            return ExitCodes.Configuration;
        }
        if (ServerAddress(parse.GetValue(Url), configuration) is not { } server)
        {
            Console.Error.WriteLine($"spotify-sync: --url '{parse.GetValue(Url)}' is not an http or https address, such as https://music.example.net.");
            return ExitCodes.Usage;
        }
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        GasApiAnswer answer;
        try
        {
            answer = await send(new GasApiClient(http, server, secret, TimeProvider.System), cancellation);
        }
        catch (Exception exception) when (exception is HttpRequestException || (exception is TaskCanceledException && !cancellation.IsCancellationRequested))
        {
            Console.Error.WriteLine($"spotify-sync: nothing answers at {server} ({exception.Message}): start `spotify-sync serve` there, or give the server's address with --url.");
            return ExitCodes.Unreachable;
        }
        if (parse.GetValue(Json))
        {
            Console.WriteLine(answer.Body);
            return answer.Succeeded ? ExitCodes.Success : ExitCodes.ApiRefused;
        }
        if (!answer.Succeeded)
        {
            Console.Error.WriteLine($"spotify-sync: {server} answered {answer.Refusal()}");
            return ExitCodes.ApiRefused;
        }
        try
        {
            print(server, answer.Body);
            return ExitCodes.Success;
        }
        catch (JsonException)
        {
            Console.Error.WriteLine($"spotify-sync: {server} answered {answer.Status} with something that is not the webhook API's JSON: check the address.");
            return ExitCodes.ApiRefused;
        }
    }

    /// <summary><paramref name="url"/>, else the configured server's address (a wildcard bind is reached on loopback); null for a <paramref name="url"/> that is not http(s).</summary>
    private static Uri? ServerAddress(string? url, CompanionConfiguration configuration)
    {
        if (url is not null)
        {
            return Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var given) && (given.Scheme == Uri.UriSchemeHttp || given.Scheme == Uri.UriSchemeHttps) ? given : null;
        }
        var host = configuration.Bind.Equals(IPAddress.Any) ? IPAddress.Loopback : configuration.Bind.Equals(IPAddress.IPv6Any) ? IPAddress.IPv6Loopback : configuration.Bind;
        return new UriBuilder(Uri.UriSchemeHttp, host.ToString(), configuration.Port).Uri;
    }

    private static T Read<T>(string body) => JsonSerializer.Deserialize<T>(body, CompanionJson.Compact) ?? throw new JsonException("The answer is null.");
}
