using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using AppsScript.Emulator.Runtime;
using SpotifySync.Sandbox.Notion;
using SpotifySync.Sandbox.Spotify.Library;
using SpotifySync.Simulation;
using Xunit;

namespace SpotifySync.Gas.Tests.Support;

/// <summary>A simulated cloud set up as a person sets up SpotifySync, with the emitted bundle to run in it.</summary>
internal sealed class SyncWorld : IAsyncDisposable
{
    private SyncWorld(SimulatedCloud cloud, NotionDatabaseIds tracks)
    {
        Cloud = cloud;
        Tracks = tracks;
    }

    public SimulatedCloud Cloud { get; }

    public NotionDatabaseIds Tracks { get; }

    public ScriptProject Project { get; } = Dist.Load();

    public static Task<SyncWorld> StartAsync(int seed = 1, LibrarySpec? library = null) =>
        StartAsync(new SimulatedCloudOptions { Seed = seed, Library = library ?? new LibrarySpec { Tracks = 120, LikedTracks = 80 } });

    public static async Task<SyncWorld> StartAsync(SimulatedCloudOptions options)
    {
        var cloud = await SimulatedCloud.StartAsync(options);
        return new SyncWorld(cloud, SyncSetup.Prepare(cloud));
    }

    /// <summary>Runs a function as the editor's Run menu does (with arguments as a caller passes them) and requires it to succeed.</summary>
    public ExecutionResult Run(string function, params object?[] arguments)
    {
        var result = Cloud.Environment.Run(Project, function, arguments);
        Assert.True(result.Succeeded, $"{function} failed: {result}");
        return result;
    }

    public LibraryAudit Audit() => LibraryAudit.Of(Cloud, Tracks.DataSourceId);

    /// <summary>A configuration database with just a title, as a person makes it, shared with the integration and set as CONFIG_DB_ID.</summary>
    public NotionDatabaseIds CreateConfigurationDatabase()
    {
        var ids = Cloud.Notion.Workspace.CreateDatabase("Automations", """{"Name":{"title":{}}}""");
        Cloud.Environment.ScriptProperties.Set("CONFIG_DB_ID", ids.DatabaseId);
        return ids;
    }

    /// <summary>The script's row of the configuration database, its only row.</summary>
    public NotionPageSnapshot ConfigurationRow(NotionDatabaseIds config) => Cloud.Notion.Workspace.Pages(config.DataSourceId).Single();

    /// <summary>
    /// The person authorizes the script as docs/setup.md says: runs <c>authorizeSpotify</c>, opens its URL, agrees (or
    /// not, as the Spotify simulator is set), and Spotify's redirect reaches <c>authCallback</c>; returns that run, or
    /// null when Spotify's page answered with something other than the redirect (a fault of the simulator's plan).
    /// </summary>
    public async Task<ExecutionResult?> AuthorizeAsync()
    {
        var url = new Uri(Run("authorizeSpotify").Return!["url"]!.GetValue<string>());
        using var browser = new HttpClient(Cloud.Apis.CreateHandler());
        var response = await browser.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.Redirect) return null;
        var redirect = response.Headers.Location!;
        var query = System.Web.HttpUtility.ParseQueryString(redirect.Query);
        return Cloud.Environment.RunUserCallback(Project, query["state"]!, redirect.Query.TrimStart('?'));
    }

    public ValueTask DisposeAsync() => Cloud.DisposeAsync();
}
