using System;
using SpotifySync.Core.Notion;
using Xunit;

namespace SpotifySync.Core.Tests.Notion;

/// <summary>The client's side of Notion's rate budget: requests per sliding window, spent as a burst.</summary>
public sealed class NotionRequestWindowTests
{
    private const int Window = NotionRequestWindow.NotionWindowMilliseconds + NotionRequestWindow.MarginMilliseconds;
    private static readonly DateTime T0 = new(2026, 11, 24, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_new_window_assumes_the_minute_before_was_spent_so_its_first_minute_goes_at_the_even_pace()
    {
        var window = new NotionRequestWindow(180, T0);
        var spacing = (double)Window / 180;

        for (var i = 0; i < 180; i++)
        {
            var due = window.NextStart(T0);
            Assert.Equal(T0.AddMilliseconds(i * spacing), due, TimeSpan.FromMilliseconds(1));
            window.Started(due);
        }
        Assert.Equal(T0.AddMilliseconds(Window), window.NextStart(T0));
    }

    [Fact]
    public void Slots_a_slow_minute_left_unspent_are_spent_at_once_and_no_more()
    {
        var window = new NotionRequestWindow(180, T0.AddMilliseconds(-Window));
        for (var i = 0; i < 90; i++) window.Started(T0.AddMilliseconds(i * 666));
        var later = T0.AddMilliseconds(90 * 666);

        for (var i = 0; i < 90; i++)
        {
            Assert.Equal(later, window.NextStart(later));
            window.Started(later);
        }
        Assert.Equal(T0.AddMilliseconds(Window), window.NextStart(later));
    }

    [Fact]
    public void The_time_a_batch_needs_counts_its_calls_and_the_waits_the_window_imposes()
    {
        var window = new NotionRequestWindow(180, T0.AddMilliseconds(-Window));
        for (var i = 0; i < 170; i++) window.Started(T0.AddMilliseconds(i * 10));
        var now = T0.AddSeconds(5);

        Assert.Equal(10 * 200, window.MillisecondsFor(10, 200, now));
        // The eleventh call waits until the window has moved past the first request, 61 s after T0.
        Assert.Equal(Window - 5000 + 200, window.MillisecondsFor(11, 200, now));
    }
}
