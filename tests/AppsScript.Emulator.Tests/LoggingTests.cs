using System.Collections.Generic;
using System.Linq;
using AppsScript.Emulator.Runtime;
using AppsScript.Emulator.Tests.Support;
using Xunit;

namespace AppsScript.Emulator.Tests;

public class LoggingTests
{
    [Fact]
    public void Logger_prints_values_as_apps_scripts_java_side_does_and_formats_percent_s()
    {
        var result = Script.Eval("""
            Logger.log('plain');
            Logger.log(5);
            Logger.log(0.5);
            Logger.log({ a: 1, b: 'x', c: [1, 2] });
            Logger.log('%s synced %s tracks', 'Run', 12);
            const log = Logger.getLog();
            Logger.clear();
            Logger.log('after clear');
            return [log, Logger.getLog()];
            """);

        Assert.Equal(["plain", "5.0", "0.5", "{a=1.0, b=x, c=[1.0, 2.0]}", "Run synced 12.0 tracks", "after clear"], result.Logs.Select(entry => entry.Message));
        Assert.All(result.Logs, entry => Assert.Equal(LogLevel.Logger, entry.Level));
        Assert.Equal("""["plain\n5.0\n0.5\n{a=1.0, b=x, c=[1.0, 2.0]}\nRun synced 12.0 tracks\n","after clear\n"]""", result.ReturnJson);
    }

    [Fact]
    public void Console_methods_log_with_their_level_and_format_specifiers()
    {
        var result = Script.Eval("""
            console.log('count', 3, { a: 1 });
            console.info('%s has %d items', 'list', 4.7);
            console.warn('careful');
            console.error(new Error('bad'));
            console.time('t'); Utilities.sleep(250); console.timeEnd('t');
            """);

        Assert.Equal(
            [(LogLevel.Info, "count 3 {\"a\":1}"), (LogLevel.Info, "list has 4 items"), (LogLevel.Warning, "careful"), (LogLevel.Info, "t: 250ms")],
            result.Logs.Where(entry => entry.Level != LogLevel.Error).Select(entry => (entry.Level, entry.Message)));
        Assert.StartsWith("Error: bad", result.Logs.Single(entry => entry.Level == LogLevel.Error).Message);
    }

    [Fact]
    public void Log_lines_carry_the_virtual_time_they_were_written_at()
    {
        var result = Script.Eval("console.log('a'); Utilities.sleep(1000); console.log('b');");

        Assert.Equal(1000, (result.Logs[1].Time - result.Logs[0].Time).TotalMilliseconds);
        Assert.Equal(result.Start, result.Logs[0].Time);
    }

    [Fact]
    public void Each_line_reaches_the_environments_listeners_as_it_is_written_while_the_execution_runs()
    {
        using var environment = new ScriptEnvironment();
        var seen = new List<(string Message, bool Complete, string? After)>();
        environment.LogWritten += (execution, entry) => seen.Add((entry.Message, execution.IsComplete, environment.ScriptProperties.Get("after")));

        var result = Script.Eval(environment, "Logger.log('first'); PropertiesService.getScriptProperties().setProperty('after', 'first'); console.warn('second');");

        // The second line came after the property was set, the first before: each was handed over when written.
        Assert.Equal([("first", false, null), ("second", false, "first")], seen);
        Assert.Equal(["first", "second"], result.Logs.Select(entry => entry.Message));
    }
}
