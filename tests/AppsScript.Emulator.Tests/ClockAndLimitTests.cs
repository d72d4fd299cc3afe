using System;
using AppsScript.Emulator.Runtime;
using AppsScript.Emulator.Tests.Support;
using Xunit;

namespace AppsScript.Emulator.Tests;

public class ClockAndLimitTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Dates_inside_the_script_read_the_virtual_clock_in_the_scripts_time_zone()
    {
        using var environment = new ScriptEnvironment(new ScriptEnvironmentOptions { StartTime = Start });
        var project = ScriptProject.FromSource("function now() { const d = new Date(); return [Date.now(), d.getHours(), d.getTimezoneOffset()]; }",
            new ProjectManifest("Europe/Paris"));

        var result = environment.Run(project, "now");

        Assert.Equal($"[{Start.ToUnixTimeMilliseconds()},11,-60]", result.ReturnJson);
    }

    [Fact]
    public void Sleep_advances_the_virtual_clock_without_waiting()
    {
        using var environment = new ScriptEnvironment(new ScriptEnvironmentOptions { StartTime = Start });

        var result = Script.Eval(environment, "const before = Date.now(); Utilities.sleep(300000); return Date.now() - before;");

        Assert.Equal("300000", result.ReturnJson);
        Assert.Equal(TimeSpan.FromMinutes(5), result.Duration);
        Assert.Equal(Start + TimeSpan.FromMinutes(5), environment.Clock.GetUtcNow());
    }

    [Fact]
    public void Sleep_refuses_more_than_five_minutes()
    {
        Assert.Equal("Invalid argument: milliseconds", Script.Fail("Utilities.sleep(300001);").Message);
    }

    [Fact]
    public void An_execution_past_six_minutes_is_killed_at_that_point_keeping_its_side_effects()
    {
        using var environment = new ScriptEnvironment(new ScriptEnvironmentOptions { StartTime = Start });
        var project = ScriptProject.FromSource("""
            function work() {
              const props = PropertiesService.getScriptProperties();
              for (let minute = 1; ; minute++) {
                try {
                  Utilities.sleep(70000);
                } catch (e) {
                  props.setProperty('caught', String(e));
                } finally {
                  props.setProperty('finally', 'ran');
                }
                props.setProperty('minutes', String(minute));
                console.log('minute ' + minute);
              }
            }
            """);

        var result = environment.Run(project, "work");

        Assert.Equal(new ScriptError("Exceeded maximum execution time", null, null), result.Error);
        Assert.Equal(TimeSpan.FromMinutes(6), result.Duration);
        Assert.Equal("5", environment.ScriptProperties.Get("minutes"));
        Assert.Null(environment.ScriptProperties.Get("caught"));
        Assert.Equal(5, result.Logs.Count);
        Assert.Equal(Start + TimeSpan.FromMinutes(6), environment.Clock.GetUtcNow());
    }

    [Fact]
    public void A_fetch_that_outlasts_the_limit_is_cut_at_six_minutes_but_the_service_got_the_request()
    {
        var service = new FakeService(_ => new FakeReply { Latency = TimeSpan.FromMinutes(10) });
        using var environment = FakeEnvironment.Create(service, new ScriptEnvironmentOptions { StartTime = Start });

        var error = Script.Fail(environment, "Utilities.sleep(60000); UrlFetchApp.fetch('https://api.example.com/slow'); PropertiesService.getScriptProperties().setProperty('after', 'x');");

        Assert.Equal("Exceeded maximum execution time", error.Message);
        Assert.Single(service.Received);
        Assert.Null(environment.ScriptProperties.Get("after"));
        Assert.Equal(Start + TimeSpan.FromMinutes(6), environment.Clock.GetUtcNow());
    }

    [Fact]
    public void Advancing_the_clock_from_outside_lets_time_pass()
    {
        using var environment = new ScriptEnvironment(new ScriptEnvironmentOptions { StartTime = Start });

        environment.Clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal(Start.AddHours(2), Script.Eval(environment, "return new Date().toISOString();").Return!.GetValue<DateTimeOffset>());
    }
}
