using System;
using System.Linq;
using SpotifySync.Sandbox.Faults;
using Xunit;

namespace SpotifySync.Sandbox.Tests.Hosting;

public sealed class FaultPlanTests
{
    [Theory]
    [InlineData("/v1/pages")]
    [InlineData("post /v1/pages")]
    [InlineData("POST v1/pages")]
    [InlineData("POST  /v1/pages")]
    public void AnEndpointIsAMethodAndARouteTemplate(string endpoint)
    {
        var plan = new FaultPlan(new Random(1));
        var error = Assert.Throws<ArgumentException>(() => plan.Next(endpoint, new Fault(FaultKind.InternalError)));
        Assert.Contains("\"POST /v1/pages\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void AProbabilityLiesBetweenZeroAndOne(double probability) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FaultPlan(new Random(1)).Randomly("*", new Fault(FaultKind.Unavailable), probability));

    [Fact]
    public void RulesFireInTheOrderTheyWereAddedAndClearingLeavesLatency()
    {
        var plan = new FaultPlan(new Random(1))
            .Next("GET /a", new Fault(FaultKind.Unavailable))
            .Randomly("*", new Fault(FaultKind.InternalError), probability: 1)
            .WithLatency("*", LatencyModel.Fixed(TimeSpan.FromSeconds(1)));

        Assert.Equal(FaultKind.Unavailable, plan.Draw("GET /a")?.Kind);
        Assert.Equal(FaultKind.InternalError, plan.Draw("GET /a")?.Kind);
        plan.ClearFaults();
        Assert.Null(plan.Draw("GET /a"));
        Assert.Equal(TimeSpan.FromSeconds(1), plan.DrawLatency("GET /b"));
    }

    [Fact]
    public void LogNormalLatencyHasTheGivenMedianAndNinetyFifthPercentile()
    {
        var model = LatencyModel.LogNormal(median: TimeSpan.FromMilliseconds(200), p95: TimeSpan.FromMilliseconds(800));
        var random = new Random(42);
        var samples = Enumerable.Range(0, 20_000).Select(_ => model.Sample(random).TotalMilliseconds).Order().ToArray();

        Assert.InRange(samples[samples.Length / 2], 190, 210);
        Assert.InRange(samples[(int)(samples.Length * 0.95)], 760, 840);
        Assert.True(samples[0] > 0);
    }

    [Fact]
    public void ALogNormalNeedsAPositiveMedianAndAP95AboveIt()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LatencyModel.LogNormal(TimeSpan.Zero, TimeSpan.FromSeconds(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => LatencyModel.LogNormal(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1)));
    }
}
