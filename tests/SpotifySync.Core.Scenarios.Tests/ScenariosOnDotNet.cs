using System.Threading.Tasks;
using SpotifySync.Core.Scenarios.Tests.Runtimes;
using Xunit;

namespace SpotifySync.Core.Scenarios.Tests;

/// <summary>Each scenario on .NET: the sync core library on the companion's ports, against the sandbox in-process.</summary>
public sealed class ScenariosOnDotNet
{
    [Theory]
    [MemberData(nameof(ScenarioList.All), MemberType = typeof(ScenarioList))]
    public Task Scenario(string scenario) => DotNetRuntime.RunAsync(ScenarioList.EntryPoint(scenario));
}
