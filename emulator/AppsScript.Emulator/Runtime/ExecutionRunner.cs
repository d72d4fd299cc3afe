using System;
using System.Text.RegularExpressions;
using AppsScript.Emulator.Interop;
using AppsScript.Emulator.Services.Content;
using AppsScript.Emulator.Services.Html;
using AppsScript.Emulator.Time;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace AppsScript.Emulator.Runtime;

/// <summary>
/// Carries out one execution on its fiber, as Apps Script does: a new engine, the services installed as
/// globals, every file's top-level code run in push order, then the function called. Nothing of the engine
/// outlives the execution; only the environment's service state does.
/// </summary>
internal sealed partial class ExecutionRunner
{
    private ExecutionRunner(ScriptExecution execution)
    {
        var timeZone = ScriptTimeZones.Find(execution.Project.Manifest.TimeZone);
        var clock = execution.Environment.Clock;
        Engine = new Engine(options =>
        {
            options.TimeSystem = new ScriptTimeSystem(clock, timeZone);
            // Runaway recursion ends as in V8: a RangeError the script can catch, once the fiber's stack runs low.
            // Jint's LimitRecursion would count each function's depth in a dictionary on every call, a tenth of an
            // execution's time, and end the execution with an error no script could catch.
            options.Constraints.StackOverflowGuard = true;
            if (clock.PassesOnItsOwn) options.Constraint(new ExecutionDeadline(clock, execution));
        });
        Host = new JsHost(Engine, execution);
        Globals = GlobalScope.Install(Host);
    }

    public Engine Engine { get; }

    public JsHost Host { get; }

    public GlobalScope Globals { get; }

    public static void Run(ScriptExecution execution)
    {
        var environment = execution.Environment;
        var start = environment.Clock.GetUtcNow();
        execution.Begin(start);
        string? json = null;
        object? value = null;
        WebOutput? output = null;
        ScriptError? error = null;
        try
        {
            environment.AdmitExecution(execution);
            var runner = new ExecutionRunner(execution);
            (json, value, output) = runner.Invoke(execution);
        }
        catch (JavaScriptException exception)
        {
            error = FromJavaScript(exception);
        }
        catch (ExecutionTerminatedException exception)
        {
            error = new ScriptError(exception.Message, null, null);
        }
        catch (AppsScriptException exception)
        {
            error = new ScriptError(exception.Message, null, null);
        }
        catch (Exception exception)
        {
            execution.InternalFailure = exception;
            error = new ScriptError(exception.Message, exception.GetType().Name, exception.StackTrace);
        }
        finally
        {
            var end = environment.Clock.GetUtcNow();
            environment.EndExecution(execution, end - start);
            execution.Complete(new ExecutionResult(execution.Function, execution.Origin, start, end - start, execution.UrlFetchCount,
                json, value, output, error, execution.Log.Entries, execution.Trigger?.UniqueId));
        }
    }

    private (string? Json, object? Value, WebOutput? Output) Invoke(ScriptExecution execution)
    {
        foreach (var file in execution.Project.Files)
        {
            Engine.Execute(file.Code);
            execution.ThrowIfTerminated();
        }
        var (function, self) = Resolve(execution.Function);
        var result = Engine.Invoke(function, self, execution.Arguments(this));
        execution.ThrowIfTerminated();
        if (result is TextOutputObject text) return (null, null, text.ToWebOutput());
        if (result is HtmlOutputObject html) return (null, null, html.ToWebOutput());
        return (Json(result), result.IsUndefined() ? null : result.ToObject(), null);
    }

    /// <summary>
    /// The function named as the editor, a trigger or a state token names it: a top-level function (declared,
    /// or a <c>const</c>/<c>let</c>/<c>var</c> holding one) or a dotted object or static method (<c>"Menu.open"</c>).
    /// </summary>
    private (JsValue Function, JsValue Self) Resolve(string name)
    {
        if (!FunctionName().IsMatch(name)) throw new AppsScriptException($"Script function not found: {name}");
        var dot = name.LastIndexOf('.');
        try
        {
            var self = dot < 0 ? JsValue.Undefined : Engine.Evaluate(name[..dot]);
            var function = dot < 0 ? Engine.Evaluate(name) : self.Get(name[(dot + 1)..]);
            if (function is Jint.Native.Function.Function) return (function, self);
        }
        catch (JavaScriptException)
        {
            // A name that is not declared reads as a ReferenceError: the function does not exist.
        }
        throw new AppsScriptException($"Script function not found: {name}");
    }

    private string? Json(JsValue value)
    {
        try
        {
            var json = new Jint.Native.Json.JsonSerializer(Engine).Serialize(value);
            return json.IsUndefined() ? null : json.AsString();
        }
        catch (JavaScriptException)
        {
            // A cyclic or BigInt value has no JSON form; the .NET value still describes it.
            return null;
        }
    }

    private static ScriptError FromJavaScript(JavaScriptException exception)
    {
        var stack = exception.JavaScriptStackTrace;
        if (exception.Error is Jint.Native.Object.ObjectInstance error)
        {
            var name = error.Get("name");
            return new ScriptError(error.Get("message").AsOptionalText() ?? "", name.IsUndefined() ? null : name.AsText(), stack);
        }
        return new ScriptError(exception.Error.AsText(), null, stack);
    }

    [GeneratedRegex(@"^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$")]
    private static partial Regex FunctionName();
}
