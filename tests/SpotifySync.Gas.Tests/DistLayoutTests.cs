using System.IO;
using System.Linq;
using SpotifySync.Gas.Tests.Support;
using Xunit;

namespace SpotifySync.Gas.Tests;

/// <summary>
/// The Apps Script project clasp pushes has the design's four script files, the entry points first so that the
/// editor opens on the functions a person runs, and only code an entry point can reach.
/// </summary>
public sealed class DistLayoutTests
{
    private static string Script(string name) => File.ReadAllText(Path.Combine(Dist.Folder, name + ".js"));

    [Fact]
    public void Dist_holds_the_four_scripts_of_the_design_in_their_push_order()
    {
        Assert.Equal(new[] { "Code", "SpotifyConfig", "SpotifyClient", "NotionSync" }, Dist.Load().FileNames);
        Assert.Equal(new[] { "Code.js", "NotionSync.js", "SpotifyClient.js", "SpotifyConfig.js", "appsscript.json" },
            Directory.EnumerateFileSystemEntries(Dist.Folder).Select(Path.GetFileName).Order().ToArray());
    }

    [Theory]
    [InlineData("Code", "function syncSpotifyToNotion(", "function initializeSpotifySync(", "function doPost(")]
    [InlineData("SpotifyConfig", "class Initialization ", "class SyncStore ", "class ScriptPropertiesStore ", "class StateKeys ")]
    [InlineData("SpotifyClient", "class SpotifyClient ", "class SpotifyAuth ", "class SpotifyAuthorization ")]
    [InlineData("NotionSync", "class NotionClient ", "class SavedTracksSync ", "class TrackPageWriter ", "class WebApp ")]
    public void Each_script_holds_its_part_of_the_app(string file, params string[] declarations)
    {
        var code = Script(file);
        Assert.All(declarations, declaration => Assert.Contains(declaration, code));
    }

    [Fact]
    public void Code_js_declares_only_the_entry_points()
    {
        var code = Script("Code");
        Assert.DoesNotContain("\nclass ", code);
    }

    [Fact]
    public void Core_members_only_the_companion_uses_are_not_pushed()
    {
        var all = string.Concat(Dist.Load().FileNames.Select(Script));
        // The core's webhook contract: the script checks envelopes and signed GETs (check) but never signs one.
        Assert.Contains("static check(", all);
        Assert.DoesNotContain("static envelope(", all);
        Assert.DoesNotContain("static signedQuery(", all);
        // The core's Tracks preparation is both sides'; the companion's full-run loop is not the script's.
        Assert.Contains("static prepare(", all);
    }
}
