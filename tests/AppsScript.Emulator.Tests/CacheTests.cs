using System;
using AppsScript.Emulator.Tests.Support;
using Xunit;

namespace AppsScript.Emulator.Tests;

public class CacheTests
{
    [Fact]
    public void Values_expire_on_the_virtual_clock_after_600_seconds_by_default()
    {
        using var environment = new ScriptEnvironment();
        var start = environment.Clock.GetUtcNow();

        Script.Eval(environment, "const c = CacheService.getScriptCache(); c.put('short', 'a'); c.put('long', 'b', 21600);");
        environment.RunUntil(start + TimeSpan.FromSeconds(599));
        var before = Script.Eval(environment, "const c = CacheService.getScriptCache(); return [c.get('short'), c.get('long')];");
        environment.RunUntil(start + TimeSpan.FromSeconds(600));
        var after = Script.Eval(environment, "const c = CacheService.getScriptCache(); return [c.get('short'), c.get('long')];");

        Assert.Equal("""["a","b"]""", before.ReturnJson);
        Assert.Equal("""[null,"b"]""", after.ReturnJson);
    }

    [Fact]
    public void PutAll_getAll_and_removeAll_work_on_many_keys_and_caches_are_separate()
    {
        var result = Script.Eval("""
            const c = CacheService.getScriptCache();
            c.putAll({ a: '1', b: '2', c: '3' }, 60);
            c.removeAll(['b']);
            c.remove('c');
            CacheService.getUserCache().put('a', 'user');
            return [c.getAll(['a', 'b', 'c', 'z']), CacheService.getUserCache().get('a'), CacheService.getDocumentCache()];
            """);

        Assert.Equal("""[{"a":"1"},"user",null]""", result.ReturnJson);
    }

    [Fact]
    public void Keys_over_250_characters_values_over_100_KB_and_lifetimes_over_6_hours_are_refused()
    {
        Assert.Equal("Argument too large: key", Script.Fail("CacheService.getScriptCache().put('k'.repeat(251), 'v');").Message);
        Assert.Equal("Argument too large: value", Script.Fail("CacheService.getScriptCache().put('k', 'v'.repeat(100 * 1024 + 1));").Message);
        Assert.Equal("Invalid argument: expirationInSeconds", Script.Fail("CacheService.getScriptCache().put('k', 'v', 21601);").Message);
        Script.Eval("CacheService.getScriptCache().put('k'.repeat(250), 'v'.repeat(100 * 1024), 21600);");
    }

    [Fact]
    public void Past_1000_items_the_cache_keeps_the_900_farthest_from_expiring()
    {
        using var environment = new ScriptEnvironment();

        Script.Eval(environment, """
            const c = CacheService.getScriptCache();
            c.put('soonest', 'x', 10);
            for (let i = 0; i < 1000; i++) c.put('item' + i, 'x', 100 + i);
            """);

        Assert.Equal(900, environment.ScriptCache.Count);
        Assert.Null(environment.ScriptCache.Get("soonest"));
        Assert.Null(environment.ScriptCache.Get("item99"));
        Assert.Equal("x", environment.ScriptCache.Get("item100"));
    }
}
