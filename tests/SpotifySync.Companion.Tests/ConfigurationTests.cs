using System.Collections.Generic;
using System.IO;
using Serilog;
using Serilog.Events;
using Serilog.Parsing;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.Logging;
using Xunit;

namespace SpotifySync.Companion.Tests;

public sealed class ConfigurationTests
{
    [Fact]
    public void Environment_variables_override_the_config_file_and_defaults_fill_the_rest()
    {
        var root = Directory.CreateTempSubdirectory("spotify-sync-config-").FullName;
        var file = Path.Combine(root, "config.json");
        File.WriteAllText(file, """{"SPOTIFY_SYNC_PORT": 6001, "SPOTIFY_SYNC_AUDIO_FORMAT": "opus", "SPOTIFY_SYNC_TRACK_PROPERTIES": {"Artist": "Artists"}}""");
        var configuration = CompanionConfiguration.Load(new Dictionary<string, string?> { ["HOME"] = root, ["SPOTIFY_SYNC_PORT"] = "7001" }, file);

        Assert.Equal(7001, configuration.Port);
        Assert.Equal("opus", configuration.AudioFormat);
        Assert.Equal("Artists", configuration.TrackProperties.Artist);
        Assert.Equal(Path.Combine(root, ".spotify-sync"), configuration.Home);
        Assert.Equal("https://api.notion.com/", configuration.NotionBaseUrl.ToString());
        Assert.Equal(file, configuration.ConfigFile);
        Assert.Equal(System.Net.IPAddress.Loopback, configuration.Bind);
    }

    [Fact]
    public void Unknown_settings_in_the_file_and_missing_Notion_settings_are_named_with_the_fix()
    {
        var root = Directory.CreateTempSubdirectory("spotify-sync-config-").FullName;
        var file = Path.Combine(root, "config.json");
        File.WriteAllText(file, """{"NOTION_TOKN": "x"}""");
        var unknown = Assert.Throws<ConfigurationException>(() => CompanionConfiguration.Load(new Dictionary<string, string?> { ["HOME"] = root }, file));
        Assert.Contains("unknown setting 'NOTION_TOKN'", unknown.Message);

        var configuration = CompanionConfiguration.Load(new Dictionary<string, string?> { ["HOME"] = root }, null);
        var missing = Assert.Throws<ConfigurationException>(configuration.RequireNotion);
        Assert.Equal(2, missing.Problems.Count);
        Assert.StartsWith("NOTION_TOKEN is not set: set it to the Notion integration's secret", missing.Problems[0]);
        Assert.StartsWith("TRACKS_DB_ID is not set", missing.Problems[1]);

        var explicitMissing = Assert.Throws<ConfigurationException>(() => CompanionConfiguration.Load(new Dictionary<string, string?> { ["HOME"] = root }, Path.Combine(root, "none.json")));
        Assert.Contains("does not exist", explicitMissing.Message);
    }

    [Fact]
    public void The_log_masks_secrets_in_messages_properties_and_exceptions()
    {
        var captured = new List<LogEvent>();
        var sink = new SecretRedactingSink(new CapturingSink(captured), ["ntn_secret_value"]);
        var template = new MessageTemplateParser().Parse("Calling with {Header}");
        sink.Emit(new LogEvent(default, LogEventLevel.Information, new System.Exception("token ntn_secret_value refused"), template,
            [new LogEventProperty("Header", new ScalarValue("Bearer ntn_secret_value"))]));

        var written = Assert.Single(captured);
        Assert.Equal("Calling with \"Bearer [redacted]\"", written.RenderMessage());
        Assert.DoesNotContain("ntn_secret_value", written.Exception!.ToString());
    }

    private sealed class CapturingSink(List<LogEvent> events) : Serilog.Core.ILogEventSink
    {
        public void Emit(LogEvent logEvent) => events.Add(logEvent);
    }
}
