using System;

namespace SpotifySync.Sandbox;

/// <summary>
/// Seeded randomness, one independent stream per purpose, so that adding a fault rule does not change the
/// generated library and the same seed always gives the same run. <see cref="string.GetHashCode()"/> is
/// randomized per process, hence the fixed FNV-1a hash of the purpose.
/// </summary>
public sealed class SandboxRandom
{
    public SandboxRandom(int seed) => Seed = seed;

    public int Seed { get; }

    public Random For(string purpose)
    {
        var hash = 2166136261u;
        foreach (var unit in purpose)
        {
            hash = (hash ^ unit) * 16777619u;
        }
        return new Random(unchecked((int)hash ^ Seed));
    }
}
