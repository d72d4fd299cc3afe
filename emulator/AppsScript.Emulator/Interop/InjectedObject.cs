using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using AppsScript.Emulator.Runtime;
using Jint;
using Jint.Native;

namespace AppsScript.Emulator.Interop;

/// <summary>
/// A .NET object a harness put into the scripts' global scope (<see cref="ScriptEnvironment.AddHostObject"/>), as the
/// plain JS object a script sees: each public instance method under its camelCase name, values crossing as JSON
/// (System.Text.Json's defaults, member names as declared), so a script reads what it gets as data, never as a CLR
/// wrapper. A method's exception reaches the script as an Apps Script <c>Exception</c> with its message.
/// </summary>
internal static class InjectedObject
{
    /// <summary>The methods a script may call on <paramref name="target"/>, by JS name; throws when two share a name.</summary>
    public static IReadOnlyDictionary<string, MethodInfo> Methods(object target)
    {
        var methods = new Dictionary<string, MethodInfo>(StringComparer.Ordinal);
        foreach (var method in target.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.DeclaringType != typeof(object) && !m.IsSpecialName))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(method.Name);
            if (!methods.TryAdd(name, method))
            {
                throw new ArgumentException($"{target.GetType().Name} has two methods named {name}: a script calls a method by name only, so give each its own.", nameof(target));
            }
        }
        return methods;
    }

    public static HostObject Create(JsHost host, object target)
    {
        var type = target.GetType().Name;
        var injected = host.Object(type);
        foreach (var (name, method) in Methods(target))
        {
            var parameters = method.GetParameters();
            injected.Method(name, parameters.Count(p => !p.HasDefaultValue), arguments => Invoke(host, target, method, $"{type}.{name}", parameters, arguments));
        }
        return injected;
    }

    private static JsValue Invoke(JsHost host, object target, MethodInfo method, string qualified, ParameterInfo[] parameters, JsValue[] arguments)
    {
        var values = new object?[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var argument = i < arguments.Length ? arguments[i] : JsValue.Undefined;
            values[i] = argument.IsUndefined() && parameters[i].HasDefaultValue ? parameters[i].DefaultValue : FromJs(host, argument, parameters[i], qualified);
        }
        object? result;
        try
        {
            result = method.Invoke(target, BindingFlags.DoNotWrapExceptions, null, values, null);
        }
        catch (Exception exception) when (exception is not ExecutionTerminatedException and not AppsScriptException)
        {
            throw new AppsScriptException($"{qualified}: {exception.Message}");
        }
        return method.ReturnType == typeof(void) ? JsValue.Undefined : host.ParseJson(JsonSerializer.Serialize(result, method.ReturnType));
    }

    private static object? FromJs(JsHost host, JsValue argument, ParameterInfo parameter, string qualified)
    {
        // Undefined, and what JSON cannot hold (a function), arrive as null.
        var serialized = new Jint.Native.Json.JsonSerializer(host.Engine).Serialize(argument);
        var json = serialized.IsUndefined() ? "null" : serialized.AsString();
        try
        {
            return JsonSerializer.Deserialize(json, parameter.ParameterType);
        }
        catch (JsonException)
        {
            throw new AppsScriptException($"Invalid argument: {parameter.Name} of {qualified} takes a {parameter.ParameterType.Name}, not {json}");
        }
    }
}
