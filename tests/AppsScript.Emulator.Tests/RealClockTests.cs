using System;
using System.Globalization;
using System.Threading.Tasks;
using AppsScript.Emulator.Quotas;
using AppsScript.Emulator.Runtime;
using AppsScript.Emulator.Tests.Support;
using AppsScript.Emulator.Time;
using Xunit;

namespace AppsScript.Emulator.Tests;

/// <summary>
/// An environment on a <see cref="RealClock"/> lives in the system's time: dates, sleeps, lock waits, real HTTP and
/// the execution time limit all follow the system clock. Only lower bounds are asserted: a busy machine may
/// make anything slower, never faster.
/// </summary>
public class RealClockTests
{
    private static ScriptEnvironment RealTime(PlatformLimits? limits = null) =>
        new(new ScriptEnvironmentOptions { Clock = new RealClock(), Limits = limits ?? PlatformLimits.Consumer });

    private static long UnixMilliseconds() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    [Fact]
    public void Dates_inside_the_script_read_the_system_clock()
    {
        using var environment = RealTime();

        var before = UnixMilliseconds();
        var result = Script.Eval(environment, "return [Date.now(), new Date().getTime()];");
        var after = UnixMilliseconds();

        var dates = result.Return!.AsArray();
        foreach (var date in dates) Assert.InRange(date!.GetValue<long>(), before, after);
        Assert.InRange(result.Start.ToUnixTimeMilliseconds(), before, after);
    }

    [Fact]
    public void Sleep_really_waits_as_the_system_clock_sees_it()
    {
        using var environment = RealTime();

        var before = DateTimeOffset.UtcNow;
        var result = Script.Eval(environment, "const start = Date.now(); Utilities.sleep(300); return Date.now() - start;");
        var passed = DateTimeOffset.UtcNow - before;

        Assert.True(int.Parse(result.ReturnJson!, CultureInfo.InvariantCulture) >= 300, $"the script saw {result.ReturnJson} ms pass");
        Assert.True(passed >= TimeSpan.FromMilliseconds(300), $"the system clock saw {passed.TotalMilliseconds} ms pass");
        Assert.True(result.Duration >= TimeSpan.FromMilliseconds(300), $"the execution lasted {result.Duration.TotalMilliseconds} ms");
    }

    [Fact]
    public void A_sleep_past_the_limit_ends_the_execution_at_the_limit_in_real_time()
    {
        var limit = TimeSpan.FromMilliseconds(400);
        using var environment = RealTime(PlatformLimits.Consumer with { ExecutionTime = limit });

        var before = DateTimeOffset.UtcNow;
        var error = Script.Fail(environment, "PropertiesService.getScriptProperties().setProperty('before', 'x'); Utilities.sleep(60000); PropertiesService.getScriptProperties().setProperty('after', 'x');");

        Assert.Equal("Exceeded maximum execution time", error.Message);
        Assert.True(DateTimeOffset.UtcNow - before >= limit);
        Assert.Equal("x", environment.ScriptProperties.Get("before"));
        Assert.Null(environment.ScriptProperties.Get("after"));
    }

    [Fact]
    public void Computing_past_the_limit_ends_the_execution_though_it_calls_no_service()
    {
        var limit = TimeSpan.FromMilliseconds(300);
        using var environment = RealTime(PlatformLimits.Consumer with { ExecutionTime = limit });

        var result = environment.Run(ScriptProject.FromSource("""
            function spin() {
              let turns = 0;
              try {
                while (true) turns++;
              } catch (e) {
                return 'caught ' + e;
              }
            }
            """), "spin");

        Assert.Equal(new ScriptError("Exceeded maximum execution time", null, null), result.Error);
        Assert.True(result.Duration >= limit, $"ended after {result.Duration.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Real_http_takes_its_real_time_which_the_script_sees_and_nothing_charges_again()
    {
        var latency = TimeSpan.FromMilliseconds(250);
        await using var server = new SlowLoopbackServer(latency);
        using var environment = RealTime();

        var result = Script.Eval(environment, $"""
            const start = Date.now();
            const text = UrlFetchApp.fetch('{server.Url}').getContentText();
            return [start, Date.now(), text];
            """);

        var (start, end) = (result.Return![0]!.GetValue<long>(), result.Return[1]!.GetValue<long>());
        Assert.Equal("ok", result.Return[2]!.GetValue<string>());
        Assert.True(end - start >= latency.TotalMilliseconds, $"the script saw {end - start} ms pass");
        Assert.InRange(Assert.Single(server.Arrivals).ToUnixTimeMilliseconds(), start, end);
        Assert.False(environment.ChargesRealFetchTime);
    }

    [Fact]
    public void A_lock_waiter_gets_the_lock_when_the_holder_releases_it_in_real_time()
    {
        using var environment = RealTime();
        var project = ScriptProject.FromSource("""
            function hold() {
              const lock = LockService.getScriptLock();
              lock.waitLock(10000);
              Utilities.sleep(300);
              const released = Date.now();
              lock.releaseLock();
              return released;
            }
            function wait() {
              const lock = LockService.getScriptLock();
              lock.waitLock(10000);
              return Date.now();
            }
            """);

        var holder = environment.Start(project, "hold");
        var waiter = environment.Start(project, "wait");
        var released = environment.Wait(holder);
        var acquired = environment.Wait(waiter);

        Assert.True(acquired.Return!.GetValue<long>() >= released.Return!.GetValue<long>());
        Assert.True(acquired.Start + acquired.Duration >= holder.Start!.Value.AddMilliseconds(300));
    }

    [Fact]
    public void Disposing_the_environment_ends_a_sleeping_execution_without_waiting_out_its_sleep()
    {
        var environment = RealTime();
        var sleeper = environment.Start(ScriptProject.FromSource("function nap() { Utilities.sleep(300000); PropertiesService.getScriptProperties().setProperty('woke', 'x'); }"), "nap");
        environment.RunUntil(DateTimeOffset.UtcNow.AddMilliseconds(50));
        var sleepEnds = sleeper.Start!.Value.AddMinutes(5);

        environment.Dispose();

        Assert.Equal("The environment was disposed before the execution ended.", sleeper.Result!.Error!.Message);
        Assert.Null(environment.ScriptProperties.Get("woke"));
        Assert.True(DateTimeOffset.UtcNow < sleepEnds);
    }

    [Fact]
    public void The_virtual_clock_stays_the_default()
    {
        using var environment = new ScriptEnvironment();

        Assert.IsType<VirtualClock>(environment.Clock);
        Assert.Equal(new ScriptEnvironmentOptions().StartTime, environment.Clock.GetUtcNow());
    }
}
