using System.IO;
using System.Linq;
using AppsScript.Compiler.Tests.Infrastructure;
using Jint;
using Jint.Runtime;
using Xunit;

namespace AppsScript.Compiler.Tests.Build;

/// <summary>
/// gas-src, compiled as the build compiles it, run under Jint against small stand-ins of the Apps Script
/// services it calls: the trigger functions are idempotent and validate their input, and doGet answers JSON.
/// </summary>
public sealed class StarterProjectTests
{
    private const string Services = """
        var logged = [];
        var Logger = { log: function (message) { logged.push(String(message)); } };
        var stored = {};
        var PropertiesService = {
          getScriptProperties: function () {
            return {
              getProperty: function (key) { return Object.prototype.hasOwnProperty.call(stored, key) ? stored[key] : null; },
              setProperty: function (key, value) { stored[key] = value; return this; },
              deleteProperty: function (key) { delete stored[key]; return this; },
            };
          },
        };
        var lockHeld = false;
        var LockService = { getScriptLock: function () { return { tryLock: function () { return !lockHeld; }, releaseLock: function () {} }; } };
        var triggers = [];
        var createdCount = 0;
        var ScriptApp = {
          EventType: { CLOCK: { kind: "clock" }, ON_OPEN: { kind: "open" } },
          getProjectTriggers: function () { return triggers.slice(); },
          deleteTrigger: function (trigger) { triggers = triggers.filter(function (t) { return t !== trigger; }); },
          newTrigger: function (handler) {
            return {
              timeBased: function () {
                var minutes = null;
                var builder = {
                  everyMinutes: function (n) { minutes = n; return builder; },
                  create: function () {
                    var id = "trigger-" + (++createdCount);
                    var trigger = { getHandlerFunction: function () { return handler; }, getUniqueId: function () { return id; },
                                    getEventType: function () { return ScriptApp.EventType.CLOCK; }, minutes: minutes };
                    triggers.push(trigger);
                    return trigger;
                  },
                };
                return builder;
              },
            };
          },
        };
        var ContentService = {
          MimeType: { JSON: { kind: "json" }, TEXT: { kind: "text" } },
          createTextOutput: function (content) {
            var output = { content: content, mimeType: ContentService.MimeType.TEXT, setMimeType: function (m) { output.mimeType = m; return output; } };
            return output;
          },
        };
        """;

    private static Engine LoadStarterProject()
    {
        var folder = Repository.PathOf("gas-src");
        var sources = Directory.GetFiles(folder, "*.cs").Select(p => (p, File.ReadAllText(p))).ToArray();
        var result = CompilerHarness.CompileOrFail(TestCompilation.Create(sources));
        var engine = new Engine();
        engine.Execute(Services);
        foreach (var file in result.Files) engine.Execute(file.Text, file.Path);
        return engine;
    }

    private static string Json(Engine engine, string expression) => engine.Evaluate($"JSON.stringify({expression})").AsString();

    [Fact]
    public void SetupTimeTrigger_installs_one_trigger_and_keeps_it_when_called_again()
    {
        var engine = LoadStarterProject();

        var first = Json(engine, "setupTimeTrigger()");
        var again = Json(engine, "setupTimeTrigger(5)");
        var changed = Json(engine, "setupTimeTrigger(15)");

        Assert.Equal("""{"handler":"syncSpotifyToNotion","intervalMinutes":5,"created":true,"removed":0,"uniqueId":"trigger-1"}""", first);
        Assert.Equal("""{"handler":"syncSpotifyToNotion","intervalMinutes":5,"created":false,"removed":0,"uniqueId":"trigger-1"}""", again);
        Assert.Equal("""{"handler":"syncSpotifyToNotion","intervalMinutes":15,"created":true,"removed":1,"uniqueId":"trigger-2"}""", changed);
        Assert.Equal("[15]", Json(engine, "triggers.map(function (t) { return t.minutes; })"));
    }

    [Fact]
    public void SetupTimeTrigger_rejects_an_interval_Apps_Script_does_not_run()
    {
        var engine = LoadStarterProject();

        var error = Assert.Throws<JavaScriptException>(() => engine.Evaluate("setupTimeTrigger(7)"));

        Assert.Equal("ArgumentOutOfRangeException", error.Error.AsObject().Get("name").AsString());
        Assert.Equal("Apps Script runs time-driven triggers every 1, 5, 10, 15 or 30 minutes. (Parameter 'intervalMinutes')\nActual value was 7.", error.Error.AsObject().Get("message").AsString());
        Assert.Equal("0", Json(engine, "triggers.length"));
    }

    [Fact]
    public void GetTriggerStatus_reports_every_trigger_and_logs_one_summary_line()
    {
        var engine = LoadStarterProject();
        engine.Execute("setupTimeTrigger(10); ScriptApp.newTrigger('other').timeBased().everyMinutes(1).create(); logged = [];");

        var status = Json(engine, "getTriggerStatus()");

        Assert.Equal("""{"handler":"syncSpotifyToNotion","installed":true,"intervalMinutes":10,"triggers":[""" +
            """{"uniqueId":"trigger-1","handlerFunction":"syncSpotifyToNotion","eventType":"CLOCK"},""" +
            """{"uniqueId":"trigger-2","handlerFunction":"other","eventType":"CLOCK"}]}""", status);
        Assert.Equal("""["getTriggerStatus: 1 syncSpotifyToNotion trigger(s), every 10 min, 2 trigger(s) in the project."]""", Json(engine, "logged"));
    }

    [Fact]
    public void RemoveTimeTrigger_deletes_only_the_sync_triggers_and_forgets_the_interval()
    {
        var engine = LoadStarterProject();
        engine.Execute("setupTimeTrigger(); ScriptApp.newTrigger('other').timeBased().everyMinutes(1).create();");

        var removed = engine.Evaluate("removeTimeTrigger()").AsNumber();

        Assert.Equal(1, removed);
        Assert.Equal("""["other"]""", Json(engine, "triggers.map(function (t) { return t.getHandlerFunction(); })"));
        Assert.Equal("""{"handler":"syncSpotifyToNotion","installed":false,"intervalMinutes":null,"triggers":[{"uniqueId":"trigger-2","handlerFunction":"other","eventType":"CLOCK"}]}""",
            Json(engine, "getTriggerStatus()"));
    }

    [Fact]
    public void DoGet_answers_the_status_as_JSON_and_an_unknown_path_with_an_error_body()
    {
        var engine = LoadStarterProject();
        engine.Execute("""
            var request = { parameter: {}, parameters: {}, contextPath: '', contentLength: -1, queryString: null };
            var status = doGet(Object.assign({ pathInfo: 'status' }, request));
            var root = doGet(request);
            var unknown = doGet(Object.assign({ pathInfo: 'nope' }, request));
            """);

        Assert.Equal("""{"handler":"syncSpotifyToNotion","installed":false,"intervalMinutes":null,"triggers":[]}""", engine.Evaluate("status.content").AsString());
        Assert.Equal(engine.Evaluate("status.content").AsString(), engine.Evaluate("root.content").AsString());
        Assert.Equal("""{"error":"not_found","detail":"No route /nope; GET /exec/status for the trigger status."}""", engine.Evaluate("unknown.content").AsString());
        Assert.True(engine.Evaluate("[status, root, unknown].every(function (o) { return o.mimeType === ContentService.MimeType.JSON; })").AsBoolean());
    }

    [Fact]
    public void The_sync_handler_exits_at_once_while_another_run_holds_the_script_lock()
    {
        var engine = LoadStarterProject();

        engine.Execute("syncSpotifyToNotion({ triggerUid: 'trigger-9' }); lockHeld = true; syncSpotifyToNotion({ triggerUid: 'trigger-9' }); syncSpotifyToNotion(undefined);");

        Assert.Equal(
            new[]
            {
                "syncSpotifyToNotion: started by trigger-9.",
                "syncSpotifyToNotion: skipped (trigger-9): a previous run still holds the script lock.",
                "syncSpotifyToNotion: skipped (a manual run): a previous run still holds the script lock.",
            },
            engine.Evaluate("logged.join('\\n')").AsString().Split('\n'));
    }
}
