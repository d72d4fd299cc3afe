using System.Threading.Tasks;
using Xunit;

namespace SpotifySync.Gas.Tests.Chaos;

// Two classes because xunit runs the rows of one theory one after another and classes in parallel: the odd and
// the even seeds each keep one of the machine's two cores busy.

/// <summary>The chaos worlds of the odd seeds.</summary>
public sealed class ChaosOddSeedTests
{
    [Theory]
    [MemberData(nameof(ChaosSeeds.Part), 0, MemberType = typeof(ChaosSeeds))]
    public Task EveryLikedTrackLandsOnceWithTheWatermarkNeverAheadAndThePersonsEditsKept(int seed) => ChaosWorld.RunAsync(seed);
}

/// <summary>The chaos worlds of the even seeds.</summary>
public sealed class ChaosEvenSeedTests
{
    [Theory]
    [MemberData(nameof(ChaosSeeds.Part), 1, MemberType = typeof(ChaosSeeds))]
    public Task EveryLikedTrackLandsOnceWithTheWatermarkNeverAheadAndThePersonsEditsKept(int seed) => ChaosWorld.RunAsync(seed);
}
