using System.Linq;
using System.Threading.Tasks;
using SpotifySync.Core.Scenarios.Tests.Runtimes;
using Xunit;

namespace SpotifySync.Core.Scenarios.Tests;

/// <summary>Each scenario compiled to Apps Script, on Apps Script's services under the emulator, against the sandbox.</summary>
public sealed class ScenariosUnderTheEmulator
{
    [Theory]
    [MemberData(nameof(ScenarioList.All), MemberType = typeof(ScenarioList))]
    public async Task Scenario(string scenario)
    {
        var result = await EmulatorRuntime.RunAsync(ScenarioList.Function(scenario));

        Assert.True(result.Succeeded, $"{result.Error}\n{result.Error?.Stack}\nThe runs' log:\n{string.Join("\n", result.Logs.Select(entry => entry.Message))}");
    }
}
