using System;
using AppsScript.Compiler.Tests.Infrastructure;
using AppsScript.Interop.Services;
using Jint;
using Xunit;

namespace AppsScript.Compiler.Tests.Interop;

/// <summary>
/// A host enum (ScriptApp.EventType) prints its member name, as .NET prints it: its values are host objects
/// in Apps Script, compared by identity, so the name is looked up on the host's enum object.
/// </summary>
public sealed class HostEnumTests
{
    private const string Source = """
        using AppsScript.Interop;
        using AppsScript.Interop.Services;

        [GlobalFunctions]
        public static class Program
        {
            public static string Describe(Trigger trigger) =>
                $"{trigger.GetHandlerFunction()} {trigger.GetEventType()} {ScriptApp.EventType.ON_OPEN} " + ScriptApp.EventType.CLOCK;
        }
        """;

    [Fact]
    public void A_host_enum_value_prints_its_member_name_constant_or_not()
    {
        var result = CompilerHarness.CompileOrFail(TestCompilation.Create(Source));
        var engine = new Engine();
        // Apps Script's enum values are objects; these stand-ins keep that, so a lookup by number would fail.
        engine.Execute("var ScriptApp = { EventType: { CLOCK: { id: 'c' }, ON_OPEN: { id: 'o' }, ON_EDIT: { id: 'e' } } };");
        foreach (var file in result.Files) engine.Execute(file.Text);
        engine.Execute("var trigger = { getHandlerFunction: () => 'sync', getEventType: () => ScriptApp.EventType.ON_EDIT };");

        var printed = engine.Evaluate("describe(trigger)").AsString();

        var expected = $"sync {ScriptApp.EventType.ON_EDIT} {ScriptApp.EventType.ON_OPEN} " + ScriptApp.EventType.CLOCK;
        Assert.Equal(expected, printed);
    }
}
