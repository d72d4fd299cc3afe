using System;
using System.CommandLine;
using Microsoft.AspNetCore.Connections;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.Logging;
using SpotifySync.Companion.Server;

namespace SpotifySync.Companion.Commands;

/// <summary><c>spotify-sync serve</c>: the webhook API until Ctrl+C.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Serves the webhook API Apps Script and the person talk to, on SPOTIFY_SYNC_BIND:SPOTIFY_SYNC_PORT (127.0.0.1:5001): " +
                                           "POST /gas/trigger-sync, POST /gas/webhook, GET /gas/status, POST /gas/config, and GET /gas/health, the one route not signed. " +
                                           "Every other request must be signed with WEBHOOK_SECRET, wherever it comes from (a tunnel brings them all from loopback), " +
                                           "so serve does not start without one: `spotify-sync secret` makes it. Checks at start what runs need (NOTION_TOKEN, TRACKS_DB_ID; " +
                                           "all Spotify credentials when one is set) and exits 3 naming what is missing; exits 11 when another program has the port. " +
                                           "Logs to logs/webhook_server.log.");
        command.SetAction(async (parse, cancellation) =>
        {
            var configuration = CommandContext.Load(parse, Console.Error);
            if (configuration is null) return ExitCodes.Configuration;
            using var log = CompanionLog.Create(configuration, CompanionLog.ServerLog);
            try
            {
                await using var server = await GasServer.StartAsync(configuration, log, configuration.Port);
                Console.WriteLine($"spotify-sync: serving on {server.BaseAddress} (Ctrl+C stops)");
                await server.WaitForShutdownAsync(cancellation);
                return ExitCodes.Success;
            }
            catch (ConfigurationException exception)
            {
                CommandContext.Report(exception, Console.Error);
                return ExitCodes.Configuration;
            }
            catch (AddressInUseException exception)
            {
                Console.Error.WriteLine($"spotify-sync: {exception.Message}");
                return ExitCodes.AddressInUse;
            }
        });
        return command;
    }
}
