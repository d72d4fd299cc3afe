using System;
using System.Globalization;
using System.Threading;
using AppsScript.Emulator.Quotas;
using AppsScript.Emulator.Tests.Support;
using AppsScript.Emulator.Time;
using Xunit;

namespace AppsScript.Emulator.Tests;

/// <summary>
/// An environment on a <see cref="FastForwardClock"/>: real time in which the script's waits are skipped. A test that
/// really waited the minutes asserted here would not end in any reasonable time.
/// </summary>
public class FastForwardClockTests
{
    [Fact]
    public void A_sleep_moves_the_clock_ahead_of_the_system_clock_and_time_goes_on_passing_from_there()
    {
        var clock = new FastForwardClock();
        using var environment = new ScriptEnvironment(new ScriptEnvironmentOptions { Clock = clock });

        var before = DateTimeOffset.UtcNow;
        var result = Script.Eval(environment, "const start = Date.now(); Utilities.sleep(240000); return Date.now() - start;");
        var ahead = clock.GetUtcNow() - DateTimeOffset.UtcNow;
        var later = clock.GetUtcNow();
        Thread.Sleep(20);

        Assert.True(int.Parse(result.ReturnJson!, CultureInfo.InvariantCulture) >= 240_000, $"the script saw {result.ReturnJson} ms pass");
        Assert.True(result.Duration >= TimeSpan.FromMinutes(4), $"the execution lasted {result.Duration}");
        Assert.True(ahead >= TimeSpan.FromMinutes(4) - (DateTimeOffset.UtcNow - before), $"the clock is {ahead} ahead of the system's");
        Assert.True(clock.GetUtcNow() >= later.AddMilliseconds(20), "the clock stood still while nothing ran");
    }

    [Fact]
    public void Skipped_waits_count_toward_the_six_minute_limit()
    {
        using var environment = new ScriptEnvironment(new ScriptEnvironmentOptions { Clock = new FastForwardClock(), Limits = PlatformLimits.Consumer });

        var error = Script.Fail(environment, "for (let minute = 1; minute <= 7; minute++) { Utilities.sleep(60000); PropertiesService.getScriptProperties().setProperty('minutes', String(minute)); }");

        Assert.Equal("Exceeded maximum execution time", error.Message);
        Assert.Equal("5", environment.ScriptProperties.Get("minutes"));
    }
}
