using System.Linq;
using System.Reflection;
using AppsScript.Emulator.Services.Unemulated;
using AppsScript.Emulator.Tests.Support;
using AppsScript.Interop;
using Xunit;

namespace AppsScript.Emulator.Tests;

public sealed class UnemulatedServiceTests
{
    [Fact]
    public void Every_service_the_bindings_declare_is_emulated_or_unemulated_by_name()
    {
        // A service of AppsScript.Interop is a top-level static [External] class outside its JavaScript namespace (JSON);
        // its global is its path's first name.
        var bound = typeof(ExternalAttribute).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: true, IsSealed: true, IsNested: false } && t.GetCustomAttribute<ExternalAttribute>() is not null
                && t.Namespace != typeof(AppsScript.Interop.JavaScript.JSON).Namespace)
            .Select(t => (t.GetCustomAttribute<ExternalAttribute>()!.Path ?? t.GetCustomAttribute<NameAttribute>()?.Value ?? t.Name).Split('.')[0])
            .Order(System.StringComparer.Ordinal);
        var provided = UnemulatedService.Names.Concat(AppsScript.Emulator.Runtime.GlobalScope.EmulatedServices).Order(System.StringComparer.Ordinal);
        Assert.Equal(bound, provided);
    }

    [Fact]
    public void A_service_the_emulator_lacks_fails_on_first_use_with_an_error_naming_it()
    {
        var error = Script.Fail("return SpreadsheetApp.openById('1abc').getName();");
        Assert.Equal(
            "SpreadsheetApp is not emulated: the emulator provides ScriptApp, UrlFetchApp, PropertiesService, CacheService, LockService, Utilities, "
            + "Logger, ContentService, HtmlService, MailApp, Session. Run the script in Apps Script, or stand in for SpreadsheetApp with a host object of that name.",
            error.Message);
    }

    [Fact]
    public void Its_error_is_an_Apps_Script_exception_the_script_can_catch()
    {
        var result = Script.Eval("try { DriveApp.getRootFolder(); return 'no error'; } catch (e) { return String(e).split(':')[0] + ': ' + (e instanceof ReferenceError); }");
        Assert.Equal("\"Exception: false\"", result.ReturnJson);
    }

    [Fact]
    public void Its_global_exists_as_in_Apps_Script()
    {
        Assert.Equal("\"object object\"", Script.Eval("return typeof GmailApp + ' ' + typeof Tasks;").ReturnJson);
    }

    [Fact]
    public void A_script_may_declare_a_top_level_name_an_Advanced_Service_would_take()
    {
        // Apps Script defines an Advanced Service's global only when the manifest enables it.
        var result = Script.Run("class Content { static of() { return 'mine'; } }\nfunction test() { return Content.of(); }", "test");
        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal("\"mine\"", result.ReturnJson);
    }

    [Fact]
    public void A_host_object_of_its_name_stands_in_for_it()
    {
        using var environment = new ScriptEnvironment();
        environment.AddHostObject("SpreadsheetApp", new FakeSpreadsheetApp());
        Assert.Equal("\"Tracks\"", Script.Eval(environment, "return SpreadsheetApp.getName();").ReturnJson);
    }

    private sealed class FakeSpreadsheetApp
    {
        public string GetName() => "Tracks";
    }
}
