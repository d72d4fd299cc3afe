using System.Collections.Generic;
using System.Linq;

namespace SpotifySync.Gas.Tests.Chaos;

/// <summary>The seeds of the chaos worlds, as xunit theory data: a failing world is reported by its seed, and reruns alone with <c>--filter "DisplayName~(seed: 17)"</c>.</summary>
public static class ChaosSeeds
{
    public const int Count = 200;

    /// <summary>Seeds 1 to <see cref="Count"/>, the odd ones in part 0 and the even ones in part 1.</summary>
    public static IEnumerable<object[]> Part(int part) => Enumerable.Range(1, Count).Where(seed => (seed - 1) % 2 == part).Select(seed => new object[] { seed });
}
