using System.IO;

namespace SpotifySync.Demo;

/// <summary>What the demo simulates: which bundle, how big a library, how much happens during the day.</summary>
internal sealed record DemoOptions(DirectoryInfo Dist, int LikedTracks, int NewLikes, int Plays, int Days, int Seed);
