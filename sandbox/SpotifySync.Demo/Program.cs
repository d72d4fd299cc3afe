using System;
using System.CommandLine;
using System.IO;
using SpotifySync.Demo;

var dist = new Option<DirectoryInfo>("--dist") { Description = "The compiled Apps Script project to run (the build's dist/).", DefaultValueFactory = _ => new DirectoryInfo("dist") };
var liked = new Option<int>("--liked") { Description = "Liked tracks in the Spotify library before the first run.", DefaultValueFactory = _ => 1000 };
var newLikes = new Option<int>("--new-likes") { Description = "Tracks liked during each simulated day.", DefaultValueFactory = _ => 40 };
var plays = new Option<int>("--plays") { Description = "Plays during each simulated day.", DefaultValueFactory = _ => 200 };
var days = new Option<int>("--days") { Description = "Simulated days of 5-minute triggers.", DefaultValueFactory = _ => 1 };
var seed = new Option<int>("--seed") { Description = "Seeds the library, the latencies and the ids: the same seed gives the same run.", DefaultValueFactory = _ => 1 };
dist.AcceptExistingOnly();
foreach (var count in new[] { liked, newLikes, plays })
{
    count.Validators.Add(result => { if (result.GetValueOrDefault<int>() < 0) result.AddError($"{result.Option.Name} cannot be negative."); });
}
days.Validators.Add(result => { if (result.GetValueOrDefault<int>() is < 1 or > 30) result.AddError("--days is between 1 and 30."); });

var root = new RootCommand(
    "Runs the compiled Apps Script project under the emulator against the simulated Spotify and Notion: setup from " +
    "the editor, then simulated days of 5-minute triggers, and prints what landed in Notion and what it cost. " +
    "Exits 1 when a track is duplicated or missing, a play was not counted once, or a run failed.")
{
    dist, liked, newLikes, plays, days, seed,
};
root.SetAction(async parse =>
{
    var options = new DemoOptions(parse.GetValue(dist)!, parse.GetValue(liked), parse.GetValue(newLikes), parse.GetValue(plays), parse.GetValue(days), parse.GetValue(seed));
    // The catalog holds half as many tracks again as are liked (DemoRun): the new likes come from that half.
    var likes = options.NewLikes * options.Days;
    if (likes > options.LikedTracks / 2)
    {
        Console.Error.WriteLine($"demo: --new-likes times --days is {likes}, more than the {options.LikedTracks / 2} tracks of the catalog not yet liked: raise --liked to at least {likes * 2} or lower --new-likes.");
        return 1;
    }
    try
    {
        var report = await DemoRun.RunAsync(options, Console.WriteLine);
        Console.WriteLine();
        report.Print(Console.WriteLine);
        if (report.Faithful) return 0;
        Console.Error.WriteLine("demo: the sync was not exactly-once, a play was not counted once, or a run failed (see the table above).");
        return 1;
    }
    catch (DemoFailedException failure)
    {
        Console.Error.WriteLine($"demo: {failure.Message}");
        return 1;
    }
});
return await root.Parse(args).InvokeAsync();
