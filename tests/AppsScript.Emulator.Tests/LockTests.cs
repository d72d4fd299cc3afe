using System;
using System.Linq;
using AppsScript.Emulator.Runtime;
using AppsScript.Emulator.Tests.Support;
using Xunit;

namespace AppsScript.Emulator.Tests;

/// <summary>Overlapping executions interleave on the virtual clock; LockService serialises them.</summary>
public class LockTests
{
    private const string Counter = """
        function increment(useLock) {
          const lock = LockService.getScriptLock();
          if (useLock) lock.waitLock(30000);
          const props = PropertiesService.getScriptProperties();
          const value = Number(props.getProperty('counter') || '0');
          Utilities.sleep(5000);
          props.setProperty('counter', String(value + 1));
          if (useLock) lock.releaseLock();
          return Date.now();
        }
        """;

    [Fact]
    public void Two_overlapping_read_modify_writes_lose_an_update_without_a_lock()
    {
        using var environment = new ScriptEnvironment();
        var project = ScriptProject.FromSource(Counter);

        var first = environment.Start(project, "increment", false);
        var second = environment.Start(project, "increment", false);
        environment.Wait(first);
        environment.Wait(second);

        Assert.Equal("1", environment.ScriptProperties.Get("counter"));
    }

    [Fact]
    public void With_the_script_lock_the_second_execution_waits_for_the_first_to_release()
    {
        using var environment = new ScriptEnvironment();
        var start = environment.Clock.GetUtcNow();
        var project = ScriptProject.FromSource(Counter);

        var first = environment.Start(project, "increment", true);
        var second = environment.Start(project, "increment", true);
        var secondResult = environment.Wait(second);

        Assert.Equal("2", environment.ScriptProperties.Get("counter"));
        Assert.Equal(start + TimeSpan.FromSeconds(5), first.Result!.End);
        Assert.Equal(start, secondResult.Start);
        Assert.Equal(TimeSpan.FromSeconds(10), secondResult.Duration);
    }

    [Fact]
    public void TryLock_fails_at_once_while_another_execution_holds_the_lock_and_hasLock_tells_who_holds_it()
    {
        using var environment = new ScriptEnvironment();
        var project = ScriptProject.FromSource("""
            function hold() { const lock = LockService.getScriptLock(); const before = lock.hasLock(); lock.tryLock(0); Utilities.sleep(60000); return [before, lock.hasLock()]; }
            function probe() { const lock = LockService.getScriptLock(); return [lock.tryLock(0), lock.hasLock(), LockService.getUserLock().tryLock(0)]; }
            """);

        var holder = environment.Start(project, "hold");
        environment.RunUntil(environment.Clock.GetUtcNow() + TimeSpan.FromSeconds(1));
        var probe = environment.Run(project, "probe");

        Assert.Equal("[false,false,true]", probe.ReturnJson);
        Assert.Equal("[false,true]", environment.Wait(holder).ReturnJson);
    }

    [Fact]
    public void WaitLock_throws_apps_scripts_error_when_the_timeout_passes()
    {
        using var environment = new ScriptEnvironment();
        var project = ScriptProject.FromSource("""
            function hold() { LockService.getScriptLock().waitLock(0); Utilities.sleep(120000); }
            function wait() { const started = Date.now(); try { LockService.getScriptLock().waitLock(30000); } catch (e) { return [String(e), Date.now() - started]; } }
            """);

        environment.Start(project, "hold");
        var waiter = environment.Run(project, "wait");

        Assert.Equal("""["Exception: Lock timeout: another process was holding the lock for too long.",30000]""", waiter.ReturnJson);
    }

    [Fact]
    public void A_lock_still_held_when_an_execution_ends_is_released()
    {
        using var environment = new ScriptEnvironment();
        var project = ScriptProject.FromSource("""
            function forget() { LockService.getScriptLock().waitLock(0); Utilities.sleep(20000); }
            function next() { const started = Date.now(); LockService.getScriptLock().waitLock(60000); return Date.now() - started; }
            """);

        environment.Start(project, "forget");
        var next = environment.Run(project, "next");

        Assert.Equal("20000", next.ReturnJson);
    }

    [Fact]
    public void Overlapping_executions_interleave_by_virtual_time_deterministically()
    {
        string Trace()
        {
            using var environment = new ScriptEnvironment();
            var project = ScriptProject.FromSource("""
                function step(name, pause) {
                  const trace = CacheService.getScriptCache();
                  for (let i = 0; i < 3; i++) {
                    trace.put('trace', (trace.get('trace') || '') + name + i + ' ');
                    Utilities.sleep(pause);
                  }
                }
                """);
            var executions = new[] { environment.Start(project, "step", "a", 3000), environment.Start(project, "step", "b", 2000) };
            foreach (var execution in executions) environment.Wait(execution);
            return environment.ScriptCache.Get("trace")!;
        }

        Assert.Equal("a0 b0 b1 a1 b2 a2 ", Trace());
        Assert.Equal(Trace(), Trace());
    }

    [Fact]
    public void Overlapping_fetches_through_a_service_are_charged_to_each_waiting_execution()
    {
        var service = new FakeService(request => new FakeReply(200, request.Uri.AbsolutePath) { Latency = TimeSpan.FromSeconds(request.Uri.AbsolutePath == "/slow" ? 8 : 3) });
        using var environment = FakeEnvironment.Create(service);
        var project = ScriptProject.FromSource("function get(path) { const t = Date.now(); UrlFetchApp.fetch('https://api.example.com' + path); return Date.now() - t; }");

        var slow = environment.Start(project, "get", "/slow");
        var fast = environment.Start(project, "get", "/fast");
        environment.Wait(slow);

        Assert.Equal("8000", slow.Result!.ReturnJson);
        Assert.Equal("3000", fast.Result!.ReturnJson);
        Assert.True(fast.Result.End < slow.Result.End);
        Assert.Single(environment.Executions.Select(execution => execution.Result!.Start).Distinct());
    }

    [Fact]
    public void More_simultaneous_executions_than_the_limit_are_refused()
    {
        using var environment = new ScriptEnvironment(new ScriptEnvironmentOptions { Limits = Quotas.PlatformLimits.Consumer with { SimultaneousExecutionsPerUser = 2 } });
        var project = ScriptProject.FromSource("function work() { Utilities.sleep(1000); }");

        var executions = Enumerable.Range(0, 3).Select(_ => environment.Start(project, "work")).ToList();
        var third = environment.Wait(executions[2]);
        environment.Wait(executions[0]);
        var later = environment.Run(project, "work");

        Assert.Equal("There are too many scripts running simultaneously for this Google user account.", third.Error!.Message);
        Assert.True(later.Succeeded);
    }

    [Fact]
    public void Disposing_the_environment_ends_the_executions_still_under_way()
    {
        var environment = new ScriptEnvironment();
        var execution = environment.Start(ScriptProject.FromSource("function work() { Utilities.sleep(1000); Utilities.sleep(1000); }"), "work");
        environment.RunUntil(environment.Clock.GetUtcNow().AddMilliseconds(500));

        environment.Dispose();

        Assert.Equal("The environment was disposed before the execution ended.", execution.Result!.Error!.Message);
    }
}
