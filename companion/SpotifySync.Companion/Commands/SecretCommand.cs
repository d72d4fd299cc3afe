using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Security.Cryptography;
using SpotifySync.Companion.Configuration;

namespace SpotifySync.Companion.Commands;

/// <summary>
/// <c>spotify-sync secret [--rotate]</c>: makes WEBHOOK_SECRET, which <c>serve</c> needs and Apps Script must share, and
/// writes it where the companion's commands and the schedule read it: the config file (mode 0600, in a folder made
/// 0700, the other settings kept, <see cref="ConfigFileWriter"/>). A secret the file holds already is replaced only with
/// <c>--rotate</c>, since the two sides refuse each other's requests until Apps Script has the new one too.
/// </summary>
public static class SecretCommand
{
    /// <summary>32 random bytes, written as 64 hex digits: as strong as HMAC-SHA256's key can use.</summary>
    public const int SecretBytes = 32;

    public static Command Create()
    {
        var rotate = new Option<bool>("--rotate")
        {
            Description = "Replace the WEBHOOK_SECRET the config file holds. Apps Script's Script Property must then get the new value too: until it does, " +
                          "the two sides refuse each other's requests.",
        };
        var command = new Command("secret", $"Writes a new WEBHOOK_SECRET ({SecretBytes} random bytes, hex) to the config file (--config, else " +
                                            "~/.config/spotify-sync/config.json), readable by you only, and prints the line WEBHOOK_SECRET=… whose value goes " +
                                            "into Apps Script's Script Property WEBHOOK_SECRET. Refuses (exit 3) to replace a secret the file holds without --rotate.")
        {
            rotate,
        };
        command.SetAction(parse =>
        {
            var configuration = CommandContext.Load(parse, Console.Error);
            if (configuration is null) return ExitCodes.Configuration;
            var path = configuration.ConfigFile ?? ConfigurationSources.DefaultConfigFile(configuration.Environment);
            if (path is null)
            {
                Console.Error.WriteLine("spotify-sync: there is no home folder for the config file: give one with --config FILE.");
                return ExitCodes.Configuration;
            }
            var inFile = ConfigurationSources.Read(new Dictionary<string, string?>(), path).Get(Settings.WebhookSecret);
            if (inFile is not null && !parse.GetValue(rotate))
            {
                Console.Error.WriteLine($"spotify-sync: the config file {path} holds a {Settings.WebhookSecret.Name} already; nothing was written. " +
                                        $"`spotify-sync secret --rotate` replaces it, after which Apps Script's Script Property {Settings.WebhookSecret.Name} needs the new value too.");
                return ExitCodes.Configuration;
            }
            var secret = RandomNumberGenerator.GetHexString(SecretBytes * 2, lowercase: true);
            ConfigFileWriter.Write(path, [(Settings.WebhookSecret, secret)]);
            Console.WriteLine($"spotify-sync: {(inFile is null ? "wrote a new" : "replaced the")} {Settings.WebhookSecret.Name} in {path} (readable by you only).");
            if (configuration.Sources.Get(Settings.WebhookSecret) is { Source: ConfigurationSources.EnvironmentSource })
            {
                Console.WriteLine($"spotify-sync: {Settings.WebhookSecret.Name} is also set in this environment, which wins over the file: unset it, or this shell's commands keep the old one.");
            }
            Console.WriteLine($"spotify-sync: set Apps Script's Script Property {Settings.WebhookSecret.Name} (Project Settings → Script Properties) to the value of this line" +
                              (inFile is null ? ":" : ", and restart serve:"));
            Console.WriteLine($"{Settings.WebhookSecret.Name}={secret}");
            return ExitCodes.Success;
        });
        return command;
    }
}
