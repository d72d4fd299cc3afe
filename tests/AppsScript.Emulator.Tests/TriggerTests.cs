using System;
using System.Linq;
using AppsScript.Emulator.Quotas;
using AppsScript.Emulator.Runtime;
using AppsScript.Emulator.Tests.Support;
using AppsScript.Emulator.Triggers;
using Xunit;

namespace AppsScript.Emulator.Tests;

public class TriggerTests
{
    private static readonly DateTimeOffset Midnight = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_created_trigger_is_listed_with_its_handler_id_and_clock_enums_across_executions()
    {
        using var environment = new ScriptEnvironment();

        var created = Script.Eval(environment, "return ScriptApp.newTrigger('sync').timeBased().everyMinutes(5).create().getUniqueId();");
        var listed = Script.Eval(environment, """
            const t = ScriptApp.getProjectTriggers()[0];
            return [t.getHandlerFunction(), t.getUniqueId(), t.getEventType() === ScriptApp.EventType.CLOCK, String(t.getEventType()),
                    t.getTriggerSource() === ScriptApp.TriggerSource.CLOCK, Object.keys(ScriptApp.EventType)[0]];
            """);

        Assert.Equal($"""["sync",{created.ReturnJson},true,"CLOCK",true,"CLOCK"]""", listed.ReturnJson);
        Assert.Matches("^\"[0-9]+\"$", created.ReturnJson);
        Assert.Equal(TimeSpan.FromMinutes(5), environment.Triggers.All.Single().Schedule.Interval);
    }

    [Fact]
    public void DeleteTrigger_removes_it()
    {
        using var environment = new ScriptEnvironment();

        var result = Script.Eval(environment, """
            ScriptApp.newTrigger('a').timeBased().everyHours(1).create();
            ScriptApp.newTrigger('b').timeBased().everyMinutes(1).create();
            ScriptApp.getProjectTriggers().filter(t => t.getHandlerFunction() === 'a').forEach(t => ScriptApp.deleteTrigger(t));
            return ScriptApp.getProjectTriggers().map(t => t.getHandlerFunction());
            """);

        Assert.Equal("""["b"]""", result.ReturnJson);
    }

    [Fact]
    public void EveryMinutes_accepts_only_1_5_10_15_and_30()
    {
        using var environment = new ScriptEnvironment();

        foreach (var minutes in new[] { 1, 5, 10, 15, 30 }) Script.Eval(environment, $"ScriptApp.newTrigger('f').timeBased().everyMinutes({minutes}).create();");
        var error = Script.Fail(environment, "ScriptApp.newTrigger('f').timeBased().everyMinutes(7).create();");

        Assert.Equal("Invalid argument: minutes. everyMinutes accepts only 1, 5, 10, 15 or 30.", error.Message);
        Assert.Equal(5, environment.Triggers.All.Count);
    }

    [Fact]
    public void The_21st_trigger_is_refused()
    {
        using var environment = new ScriptEnvironment();

        var error = Script.Fail(environment, "for (let i = 0; i < 21; i++) ScriptApp.newTrigger('f' + i).timeBased().everyHours(1).create();");

        Assert.Equal("This script has too many triggers. Triggers must be deleted from the script before more can be added.", error.Message);
        Assert.Equal(20, environment.Triggers.All.Count);
    }

    [Fact]
    public void A_schedule_needs_exactly_one_frequency()
    {
        Assert.StartsWith("The trigger has no schedule", Script.Fail("ScriptApp.newTrigger('f').timeBased().create();").Message);
        Assert.StartsWith("The trigger already has a schedule", Script.Fail("ScriptApp.newTrigger('f').timeBased().everyMinutes(5).after(1000).create();").Message);
        Assert.Equal("Invalid argument: hour", Script.Fail("ScriptApp.newTrigger('f').timeBased().everyDays(1).atHour(24).create();").Message);
    }

    [Fact]
    public void A_simulated_day_fires_a_five_minute_trigger_288_times_with_the_time_driven_event()
    {
        using var environment = new ScriptEnvironment(new ScriptEnvironmentOptions { StartTime = Midnight });
        var project = ScriptProject.FromSource("""
            function setup() { return ScriptApp.newTrigger('tick').timeBased().everyMinutes(5).create().getUniqueId(); }
            function tick(e) {
              const props = PropertiesService.getScriptProperties();
              props.setProperty('runs', String(Number(props.getProperty('runs') || '0') + 1));
              return { uid: e.triggerUid, authMode: String(e.authMode), full: e.authMode === ScriptApp.AuthMode.FULL, year: e.year, month: e.month,
                       day: e['day-of-month'], weekday: e['day-of-week'], week: e['week-of-year'], hour: e.hour, minute: e.minute, second: e.second, tz: e.timezone };
            }
            """);
        var uid = environment.Run(project, "setup").Return!.GetValue<string>();
        var scheduler = new TriggerScheduler(environment, project);

        var executions = scheduler.RunUntil(Midnight.AddDays(1).AddSeconds(-1));

        Assert.Equal(287, executions.Count);
        executions = scheduler.RunUntil(Midnight.AddDays(1));
        Assert.Single(executions);
        Assert.Equal(288, scheduler.History.Count);
        Assert.Equal("288", environment.ScriptProperties.Get("runs"));
        Assert.All(scheduler.History, execution => Assert.Equal(ExecutionOrigin.TimeTrigger, execution.Result!.Origin));
        Assert.Equal(Midnight.AddMinutes(5), scheduler.History[0].Result!.Start);
        Assert.Equal($$"""{"uid":"{{uid}}","authMode":"FULL","full":true,"year":2026,"month":3,"day":3,"weekday":2,"week":10,"hour":0,"minute":0,"second":0,"tz":"UTC"}""",
            scheduler.History[^1].Result!.ReturnJson);
    }

    [Fact]
    public void Trigger_runtime_past_90_minutes_a_day_refuses_further_trigger_executions()
    {
        using var environment = new ScriptEnvironment(new ScriptEnvironmentOptions { StartTime = Midnight });
        var project = ScriptProject.FromSource("""
            function setup() { ScriptApp.newTrigger('work').timeBased().everyMinutes(5).create(); }
            function work() { Utilities.sleep(20000); }
            """);
        environment.Run(project, "setup");
        var scheduler = new TriggerScheduler(environment, project);

        var executions = scheduler.RunUntil(Midnight.AddDays(1));

        Assert.Equal(270, executions.Count(execution => execution.Result!.Succeeded));
        var refused = executions.Where(execution => !execution.Result!.Succeeded).ToList();
        Assert.Equal(18, refused.Count);
        Assert.All(refused, execution => Assert.Equal("Service using too much computer time for one day.", execution.Result!.Error!.Message));
        Assert.All(refused, execution => Assert.Equal(TimeSpan.Zero, execution.Result!.Duration));
        Assert.Equal(PlatformLimits.Consumer.TriggerRuntimePerDay.TotalMilliseconds, environment.Quotas.TriggerRuntimeMilliseconds.Used);
    }

    [Fact]
    public void A_trigger_fires_while_its_previous_execution_still_runs_and_the_lock_lets_it_skip()
    {
        using var environment = new ScriptEnvironment(new ScriptEnvironmentOptions { StartTime = Midnight });
        var project = ScriptProject.FromSource("""
            function setup() { ScriptApp.newTrigger('sync').timeBased().everyMinutes(1).create(); }
            function sync() {
              const lock = LockService.getScriptLock();
              if (!lock.tryLock(0)) return 'skipped';
              try { Utilities.sleep(90000); return 'synced'; } finally { lock.releaseLock(); }
            }
            """);
        environment.Run(project, "setup");
        var scheduler = new TriggerScheduler(environment, project);

        var executions = scheduler.RunFor(TimeSpan.FromMinutes(6.5));

        Assert.Equal(["\"synced\"", "\"skipped\"", "\"synced\"", "\"skipped\"", "\"synced\"", "\"skipped\""], executions.Select(execution => execution.Result!.ReturnJson));
    }

    [Fact]
    public void An_execution_still_running_at_the_end_of_a_run_resumes_with_the_next()
    {
        using var environment = new ScriptEnvironment(new ScriptEnvironmentOptions { StartTime = Midnight });
        var project = ScriptProject.FromSource("function setup() { ScriptApp.newTrigger('slow').timeBased().everyHours(1).create(); }\nfunction slow() { Utilities.sleep(120000); return 'done'; }");
        environment.Run(project, "setup");
        var scheduler = new TriggerScheduler(environment, project);

        var started = scheduler.RunUntil(Midnight.AddHours(1).AddMinutes(1));
        Assert.Null(Assert.Single(started).Result);
        scheduler.RunUntil(Midnight.AddHours(1).AddMinutes(2));

        Assert.Equal("\"done\"", started[0].Result!.ReturnJson);
    }

    [Fact]
    public void One_shot_and_daily_triggers_fire_at_their_times_including_one_an_execution_installs()
    {
        using var environment = new ScriptEnvironment(new ScriptEnvironmentOptions { StartTime = Midnight });
        var project = ScriptProject.FromSource("""
            function setup() {
              ScriptApp.newTrigger('later').timeBased().after(90 * 60 * 1000).create();
              ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(9).nearMinute(30).inTimezone('America/New_York').create();
            }
            function later() { ScriptApp.newTrigger('chained').timeBased().after(60000).create(); }
            function daily() {}
            function chained() {}
            """);
        environment.Run(project, "setup");
        var scheduler = new TriggerScheduler(environment, project);

        var executions = scheduler.RunUntil(Midnight.AddDays(2));

        Assert.Equal(
            [("later", Midnight.AddMinutes(90)), ("chained", Midnight.AddMinutes(91)), ("daily", Midnight.AddHours(14).AddMinutes(30)), ("daily", Midnight.AddDays(1).AddHours(14).AddMinutes(30))],
            executions.Select(execution => (execution.Function, execution.Result!.Start)));
        Assert.Equal(3, environment.Triggers.All.Count);
    }

    [Fact]
    public void A_trigger_whose_handler_does_not_exist_fails_each_time_it_fires()
    {
        using var environment = new ScriptEnvironment(new ScriptEnvironmentOptions { StartTime = Midnight });
        var project = ScriptProject.FromSource("function setup() { ScriptApp.newTrigger('gone').timeBased().everyMinutes(30).create(); }");
        environment.Run(project, "setup");

        var executions = new TriggerScheduler(environment, project).RunUntil(Midnight.AddHours(1));

        Assert.Equal(2, executions.Count);
        Assert.All(executions, execution => Assert.Equal("Script function not found: gone", execution.Result!.Error!.Message));
    }
}
