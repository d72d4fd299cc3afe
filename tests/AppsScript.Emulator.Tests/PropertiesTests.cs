using System.Linq;
using AppsScript.Emulator.Quotas;
using AppsScript.Emulator.Tests.Support;
using Xunit;

namespace AppsScript.Emulator.Tests;

public class PropertiesTests
{
    [Fact]
    public void Properties_are_strings_kept_across_executions_per_store()
    {
        using var environment = new ScriptEnvironment();

        Script.Eval(environment, """
            PropertiesService.getScriptProperties().setProperty('count', 42).setProperty('flag', true);
            PropertiesService.getUserProperties().setProperty('count', 'user');
            """);
        var result = Script.Eval(environment, """
            const script = PropertiesService.getScriptProperties();
            return [script.getProperty('count'), typeof script.getProperty('count'), script.getProperty('flag'), script.getProperty('missing'),
                    PropertiesService.getUserProperties().getProperty('count'), script.getKeys(), PropertiesService.getDocumentProperties()];
            """);

        Assert.Equal("""["42","string","true",null,"user",["count","flag"],null]""", result.ReturnJson);
    }

    [Fact]
    public void SetProperties_adds_or_replaces_everything_and_deletes_remove()
    {
        using var environment = new ScriptEnvironment();
        environment.ScriptProperties.Set("old", "1");

        var result = Script.Eval(environment, """
            const props = PropertiesService.getScriptProperties();
            props.setProperties({ a: 'x', b: 2 });
            const merged = props.getProperties();
            props.setProperties({ c: 'y' }, true);
            const replaced = props.getProperties();
            props.deleteProperty('c');
            const afterDelete = props.getKeys().length;
            props.setProperty('d', '1').deleteAllProperties();
            return [merged, replaced, afterDelete, props.getKeys()];
            """);

        Assert.Equal("""[{"old":"1","a":"x","b":"2"},{"c":"y"},0,[]]""", result.ReturnJson);
    }

    [Fact]
    public void A_value_over_9_KB_is_refused_with_apps_scripts_error()
    {
        using var environment = new ScriptEnvironment();

        Script.Eval(environment, "PropertiesService.getScriptProperties().setProperty('k', 'x'.repeat(9 * 1024));");
        var error = Script.Fail(environment, "PropertiesService.getScriptProperties().setProperty('k', 'é'.repeat(4609));");

        Assert.Equal("Argument too large: value", error.Message);
        Assert.Equal(9 * 1024, environment.ScriptProperties.Get("k")!.Length);
    }

    [Fact]
    public void A_store_over_500_KB_is_refused_and_left_as_it_was()
    {
        using var environment = new ScriptEnvironment();

        var error = Script.Fail(environment, """
            const props = PropertiesService.getScriptProperties();
            for (let i = 0; i < 100; i++) props.setProperty('key' + String(i).padStart(2, '0'), 'x'.repeat(9000));
            """);

        Assert.Equal("You have exceeded the property storage quota. Please remove some properties and try again.", error.Message);
        Assert.Equal(56, environment.ScriptProperties.Snapshot().Count);
        Assert.True(environment.ScriptProperties.SizeInBytes <= 500 * 1024);
    }

    [Fact]
    public void Property_calls_count_against_the_daily_quota()
    {
        using var environment = new ScriptEnvironment(new ScriptEnvironmentOptions { Limits = PlatformLimits.Consumer with { PropertiesCallsPerDay = 2 } });

        var error = Script.Fail(environment, "const p = PropertiesService.getScriptProperties(); p.setProperty('a', '1'); p.getProperty('a'); p.getKeys();");

        Assert.Equal("Service invoked too many times for one day: properties.", error.Message);
        Assert.Equal(["a"], environment.ScriptProperties.Snapshot().Keys.ToArray());
    }
}
