using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Emulator.Runtime;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace AppsScript.Emulator.Interop;

/// <summary>
/// Builds the JavaScript side of the services for one execution's engine: plain JS objects with
/// camelCase methods that take and return JS values (arrays, strings, numbers), never CLR wrappers.
/// </summary>
internal sealed class JsHost
{
    public JsHost(Engine engine, ScriptExecution execution)
    {
        Engine = engine;
        Execution = execution;
    }

    public Engine Engine { get; }

    public ScriptExecution Execution { get; }

    public HostObject Object(string className) => new(this, className);

    public JsValue String(string? value) => value is null ? JsValue.Null : new JsString(value);

    public JsArray Array(IEnumerable<JsValue> items) => new(Engine, items.ToArray());

    public JsArray Strings(IEnumerable<string> items) => Array(items.Select(item => (JsValue)new JsString(item)));

    /// <summary>Bytes as Apps Script gives them to scripts: Java's signed bytes, -128 to 127.</summary>
    public JsArray SignedBytes(byte[] bytes) => Array(bytes.Select(b => (JsValue)JsNumber.Create((sbyte)b)));

    /// <summary>A JSON text as a JS value, as <c>JSON.parse</c> reads it.</summary>
    public JsValue ParseJson(string json) => new Jint.Native.Json.JsonParser(Engine).Parse(json);

    public JavaScriptException ToJavaScript(AppsScriptException exception)
    {
        var error = Engine.Intrinsics.Error.Construct(exception.Message);
        error.Set("name", "Exception");
        return new JavaScriptException(error);
    }

    /// <summary>Runs a host method body with Apps Script's error surface and the execution's time limit.</summary>
    public JsValue Invoke(string method, int required, JsValue[] arguments, Func<JsValue[], JsValue> body)
    {
        Execution.ThrowIfTerminated();
        try
        {
            if (arguments.Length < required || arguments.Take(required).Any(argument => argument.IsUndefined()))
            {
                throw AppsScriptException.SignatureMismatch(DescribeTypes(arguments), method);
            }
            var result = body(arguments);
            Execution.ThrowIfTerminated();
            return result;
        }
        catch (AppsScriptException exception)
        {
            Execution.ThrowIfTerminated();
            throw ToJavaScript(exception);
        }
    }

    private static string DescribeTypes(JsValue[] arguments) =>
        string.Join(",", arguments.TakeWhile(argument => !argument.IsUndefined()).Select(argument => argument switch
        {
            JsString => "String",
            JsNumber => "number",
            JsBoolean => "boolean",
            _ when argument.IsNull() => "null",
            _ when argument.IsArray() => "Object[]",
            _ => "Object",
        }));
}
