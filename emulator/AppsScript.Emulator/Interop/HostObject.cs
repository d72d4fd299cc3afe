using System;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Interop;

namespace AppsScript.Emulator.Interop;

/// <summary>
/// A JS object a service hands to scripts (<c>UrlFetchApp</c>, an <c>HTTPResponse</c>, a <c>Lock</c>).
/// Subclasses carry the .NET state behind it, so the runtime can recognise, say, a returned TextOutput.
/// </summary>
internal class HostObject : ObjectInstance
{
    private readonly JsHost _host;

    public HostObject(JsHost host, string className)
        : base(host.Engine)
    {
        _host = host;
        ClassName = className;
        Prototype = host.Engine.Intrinsics.Object.PrototypeObject;
    }

    /// <summary>Apps Script's name for the class, as its error texts spell it (<c>"CacheService.Cache"</c>).</summary>
    public string ClassName { get; }

    /// <summary>Adds a method needing <paramref name="required"/> arguments.</summary>
    public HostObject Method(string name, int required, Func<JsValue[], JsValue> body)
    {
        var qualified = $"{ClassName}.{name}";
        Set(name, new ClrFunction(Engine, name, (_, arguments) => _host.Invoke(qualified, required, arguments, body), required));
        return this;
    }

    /// <summary>Adds a method that returns nothing.</summary>
    public HostObject Action(string name, int required, Action<JsValue[]> body) =>
        Method(name, required, arguments =>
        {
            body(arguments);
            return Undefined;
        });

    public HostObject Value(string name, JsValue value)
    {
        Set(name, value);
        return this;
    }
}
