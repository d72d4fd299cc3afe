using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AppsScript.Compiler.Output;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace AppsScript.Compiler.Tests.Infrastructure;

/// <summary>
/// Runs emitted files under Jint as Apps Script does: each file a script in the one global scope, in push
/// order; then calls a top-level function. There is no setTimeout, window or require, as in Apps Script.
/// A runaway program is stopped after <see cref="MaxStatements"/> statements, a limit that does not depend on
/// how fast or busy the machine is (a wall-clock timeout failed a long but correct program under load).
/// </summary>
public static class JintRunner
{
    /// <summary>Far more than any test program runs, and reached by an endless loop within seconds.</summary>
    public const int MaxStatements = 200_000_000;

    public static string Run(IReadOnlyList<OutputFile> files, string function = "main")
    {
        var output = new StringBuilder();
        var engine = new Engine(options => options
            .MaxStatements(MaxStatements)
            .LimitRecursion(2000)
            .LocalTimeZone(TimeZoneInfo.Utc)
            .Culture(System.Globalization.CultureInfo.InvariantCulture));
        engine.SetValue("__log", new Action<string>(line => output.Append(line).Append('\n')));
        engine.Execute("var console = { log: function () { __log(Array.prototype.map.call(arguments, String).join(' ')); } };");
        foreach (var file in files) engine.Execute(file.Text, file.Path);
        try
        {
            engine.Invoke(function);
        }
        catch (JavaScriptException exception)
        {
            output.Append(Unhandled.Describe(NameOf(exception.Error), MessageOf(exception.Error))).Append('\n');
        }
        return output.ToString();
    }

    private static string NameOf(JsValue error) => error.IsObject() ? error.AsObject().Get("name").ToString() : "Error";

    private static string MessageOf(JsValue error) => error.IsObject() ? error.AsObject().Get("message").ToString() : error.ToString();
}
