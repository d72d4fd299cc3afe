using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Emulator.Interop;
using Jint;
using Jint.Runtime;
using Jint.Native;
using Jint.Native.Object;

namespace AppsScript.Emulator.Services.Cache;

/// <summary><c>CacheService</c> and its <c>Cache</c> objects.</summary>
internal static class CacheService
{
    public static HostObject Create(JsHost host)
    {
        var environment = host.Execution.Environment;
        var service = host.Object("CacheService");
        service.Method("getScriptCache", 0, _ => Cache(host, environment.ScriptCache));
        service.Method("getUserCache", 0, _ => Cache(host, environment.UserCache));
        service.Method("getDocumentCache", 0, _ => environment.DocumentCache is { } store ? Cache(host, store) : JsValue.Null);
        return service;
    }

    private static HostObject Cache(JsHost host, CacheStore store)
    {
        var cache = host.Object("CacheService.Cache");
        cache
            .Method("get", 1, arguments => host.String(store.Get(arguments.At(0).AsText())))
            .Method("getAll", 1, arguments =>
            {
                var found = new JsObject(host.Engine);
                foreach (var key in Keys(arguments.At(0)))
                {
                    if (store.Get(key) is { } value) found.Set(key, value);
                }
                return found;
            })
            .Action("put", 2, arguments => store.Put(arguments.At(0).AsText(), arguments.At(1).AsText(), Expiration(arguments.At(2))))
            .Action("putAll", 1, arguments =>
            {
                if (arguments.At(0) is not ObjectInstance values) throw AppsScriptException.InvalidArgument("values");
                store.PutAll(values.Keys().Select(key => new KeyValuePair<string, string>(key, values.Get(key).AsText())).ToList(), Expiration(arguments.At(1)));
            })
            .Action("remove", 1, arguments => store.Remove(arguments.At(0).AsText()))
            .Action("removeAll", 1, arguments =>
            {
                foreach (var key in Keys(arguments.At(0))) store.Remove(key);
            });
        return cache;
    }

    private static TimeSpan? Expiration(JsValue seconds) => seconds.IsUndefined() ? null : TimeSpan.FromSeconds(seconds.AsInteger());

    private static IEnumerable<string> Keys(JsValue keys)
    {
        foreach (var key in keys.Elements() ?? throw AppsScriptException.InvalidArgument("keys")) yield return key.AsText();
    }
}
