using System;
using System.IO;
using System.Linq;
using AppsScript.Emulator.Runtime;
using AppsScript.Emulator.Tests.Support;
using Xunit;

namespace AppsScript.Emulator.Tests;

public class RuntimeTests
{
    [Fact]
    public void Globals_never_survive_between_executions_but_top_level_code_runs_every_time()
    {
        using var environment = new ScriptEnvironment();
        var project = ScriptProject.FromSource("""
            let calls = 0;
            var loads = (typeof loads === 'number' ? loads : 0) + 1;
            Logger.log('loaded');
            function count() { calls++; return [calls, loads]; }
            """);

        var first = environment.Run(project, "count");
        var second = environment.Run(project, "count");

        Assert.Equal("[1,1]", first.ReturnJson);
        Assert.Equal("[1,1]", second.ReturnJson);
        Assert.Equal("loaded", Assert.Single(second.Logs).Message);
    }

    [Fact]
    public void Files_run_in_push_order_so_top_level_references_need_the_defining_file_first()
    {
        (string, string) @base = ("Base", "class Base { hello() { return 'hi'; } }");
        (string, string) derived = ("Derived", "class Derived extends Base {}\nfunction run() { return new Derived().hello(); }");

        using var environment = new ScriptEnvironment();
        var inOrder = environment.Run(ScriptProject.FromSources([@base, derived]), "run");
        var reversed = environment.Run(ScriptProject.FromSources([derived, @base]), "run");

        Assert.Equal("\"hi\"", inOrder.ReturnJson);
        Assert.Equal("ReferenceError", reversed.Error!.Name);
        Assert.Contains("Base", reversed.Error.Message);
    }

    [Fact]
    public void Load_takes_clasps_push_order_from_clasp_json_then_the_other_files_by_path()
    {
        using var folder = new TempFolder();
        folder.Write(".clasp.json", """{"scriptId":"x","rootDir":"dist","filePushOrder":["dist/Zeta.js","dist/Alpha.js","Missing.js"]}""");
        folder.Write("dist/Alpha.js", "const ALPHA = ZETA + 1;");
        folder.Write("dist/Zeta.js", "const ZETA = 1;");
        folder.Write("dist/Beta.js", "function run() { return ALPHA + HELPER; }");
        folder.Write("dist/sub/Helper.gs", "const HELPER = 10;");
        folder.Write("dist/notes.txt", "not code");
        folder.Write("dist/appsscript.json", """{"timeZone":"America/Denver","runtimeVersion":"V8"}""");

        var project = ScriptProject.Load(Path.Combine(folder.Path, "dist"));

        Assert.Equal(["Zeta", "Alpha", "Beta", "sub/Helper"], project.FileNames);
        Assert.Equal("America/Denver", project.Manifest.TimeZone);
        using var environment = new ScriptEnvironment();
        Assert.Equal("12", environment.Run(project, "run").ReturnJson);
    }

    [Fact]
    public void Load_without_a_push_order_sorts_by_path_and_an_explicit_order_comes_first()
    {
        using var folder = new TempFolder();
        folder.Write("b.js", "");
        folder.Write("a.js", "");
        folder.Write("c.gs", "");

        Assert.Equal(["a", "b", "c"], ScriptProject.Load(folder.Path).FileNames);
        Assert.Equal(["c", "b", "a"], ScriptProject.Load(folder.Path, ["c.gs", "b.js"]).FileNames);
        Assert.Throws<FileNotFoundException>(() => ScriptProject.Load(folder.Path, ["nope.js"]));
    }

    [Fact]
    public void A_syntax_error_or_syntax_apps_script_rejects_fails_the_load()
    {
        var syntax = Assert.Throws<ScriptSyntaxException>(() => ScriptProject.FromSources([("Ok", "const a = 1;"), ("Broken", "function f() {\n  return (;\n}")]));
        var privateField = Assert.Throws<ScriptSyntaxException>(() => ScriptProject.FromSource("class A {\n  #secret = 1;\n}"));
        var staticField = Assert.Throws<ScriptSyntaxException>(() => ScriptProject.FromSource("class A {\n  static count = 0;\n}"));

        Assert.Equal(("Broken", 2), (syntax.File, syntax.Line));
        Assert.StartsWith("Syntax error: ", syntax.Message);
        Assert.Equal(2, privateField.Line);
        Assert.Contains("static field", staticField.Message);
    }

    [Fact]
    public void A_missing_function_is_apps_scripts_script_function_not_found()
    {
        var result = Script.Run("const notAFunction = 3;", "notAFunction");

        Assert.Equal(new ScriptError("Script function not found: notAFunction", null, null), result.Error);
    }

    [Fact]
    public void A_projects_top_level_functions_tell_their_parameters_the_last_declaration_winning()
    {
        var project = ScriptProject.FromSources([
            ("A", "function doGet(request) {}\nfunction sync() {}"),
            ("B", "function doGet(e, [first] = [], { a }, ...rest) {}\nconst arrow = (x) => x;"),
        ]);

        Assert.Equal(["e", "[…]", "{…}", "...rest"], project.Parameters("doGet"));
        Assert.Empty(project.Parameters("sync")!);
        Assert.Null(project.Parameters("arrow"));
        Assert.Null(project.Parameters("missing"));
    }

    [Fact]
    public void Arrow_functions_held_by_const_and_object_methods_can_be_called_by_name()
    {
        using var environment = new ScriptEnvironment();
        var project = ScriptProject.FromSource("const viaArrow = () => 'arrow';\nconst Menu = { open() { return this === Menu; } };");

        Assert.Equal("\"arrow\"", environment.Run(project, "viaArrow").ReturnJson);
        Assert.Equal("true", environment.Run(project, "Menu.open").ReturnJson);
    }

    [Fact]
    public void A_thrown_error_reports_its_name_message_and_javascript_stack()
    {
        var result = Script.Run("class SyncError extends Error { constructor(m) { super(m); this.name = 'SyncError'; } }\nfunction run() {\n  throw new SyncError('boom');\n}", "run");

        Assert.Equal("SyncError", result.Error!.Name);
        Assert.Equal("boom", result.Error.Message);
        Assert.Equal("SyncError: boom", result.Error.ToString());
        Assert.Contains("run (Code:3", result.Error.Stack);
    }

    [Fact]
    public void Service_objects_are_plain_javascript_objects()
    {
        var result = Script.Eval("""
            return [typeof UrlFetchApp.fetch, Object.getPrototypeOf(UrlFetchApp) === Object.prototype,
                    Array.isArray(PropertiesService.getScriptProperties().getKeys()), typeof Utilities.getUuid()];
            """);

        Assert.Equal("""["function",true,true,"string"]""", result.ReturnJson);
    }

    [Fact]
    public void Runaway_recursion_is_a_range_error()
    {
        var result = Script.Run("function down(n) { return down(n + 1) + 1; }", "down", 0);

        Assert.Equal("RangeError: Maximum call stack size exceeded", result.Error!.ToString());
    }

    [Fact]
    public void A_script_can_catch_runaway_recursion_as_in_V8()
    {
        var result = Script.Run("""
            function down(n) { return down(n + 1) + 1; }
            function probe() {
              try { down(0); } catch (e) { return [e instanceof RangeError, e.message]; }
            }
            """, "probe");

        Assert.Equal("""[true,"Maximum call stack size exceeded"]""", result.ReturnJson);
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("emulator-load-").FullName;

        public void Write(string relative, string text)
        {
            var path = System.IO.Path.Combine(Path, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
