using System;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace SpotifySync.Sandbox.Tests.Notion;

public sealed class NotionRateLimitTests
{
    [Fact]
    public async Task The_budget_is_spent_in_a_burst_then_refused_until_the_window_closes()
    {
        await using var api = await NotionApi.StartAsync(requestsPerMinute: 180);
        var ids = api.CreateMusicDatabase();
        var path = $"/v1/data_sources/{ids.DataSourceId}";

        var burst = await Task.WhenAll(Enumerable.Range(0, 180).Select(_ => api.Get(path)));
        api.Clock.Advance(TimeSpan.FromSeconds(42.5));
        var refused = await api.Get(path);
        var otherIntegration = await api.Get(path, token: NotionApi.OtherToken);
        api.Clock.Advance(TimeSpan.FromSeconds(17.5));
        var nextWindow = await api.Get(path);

        Assert.All(burst, reply => reply.AssertStatus(200));
        refused.AssertError(429, "rate_limited", "You have been rate limited. Please try again in a few minutes.");
        Assert.Equal(TimeSpan.FromSeconds(18), refused.Headers.RetryAfter?.Delta);
        Assert.Equal("18", (string?)refused.Json["additional_data"]!["retry_after"]);
        Assert.Equal("public_api_request_rate_limit", (string?)refused.Json["additional_data"]!["rate_limit_reason"]);
        otherIntegration.AssertStatus(200);
        nextWindow.AssertStatus(200);
    }

    [Fact]
    public async Task Refused_requests_spend_nothing_and_the_window_is_fixed_not_sliding()
    {
        await using var api = await NotionApi.StartAsync(requestsPerMinute: 3);
        var ids = api.CreateMusicDatabase();
        var path = $"/v1/databases/{ids.DatabaseId}";

        await api.Get(path);
        api.Clock.Advance(TimeSpan.FromSeconds(59));
        await api.Get(path);
        await api.Get(path);
        var fourth = await api.Get(path);
        var fifth = await api.Get(path);
        api.Clock.Advance(TimeSpan.FromSeconds(1));
        var afterWindow = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => api.Get(path)));

        fourth.AssertStatus(429);
        Assert.Equal(TimeSpan.FromSeconds(1), fourth.Headers.RetryAfter?.Delta);
        fifth.AssertStatus(429);
        Assert.All(afterWindow, reply => reply.AssertStatus(200));
    }
}
