using System.Collections.Generic;
using System.Linq;
using AppsScript.Emulator.Interop;
using AppsScript.Emulator.Quotas;
using Jint;
using Jint.Runtime;
using Jint.Native;
using Jint.Native.Object;

namespace AppsScript.Emulator.Services.Properties;

/// <summary><c>PropertiesService</c> and its <c>Properties</c> objects. Every call counts against the daily properties quota.</summary>
internal static class PropertiesService
{
    public static HostObject Create(JsHost host)
    {
        var environment = host.Execution.Environment;
        var service = host.Object("PropertiesService");
        service.Method("getScriptProperties", 0, _ => Properties(host, environment.ScriptProperties));
        service.Method("getUserProperties", 0, _ => Properties(host, environment.UserProperties));
        service.Method("getDocumentProperties", 0, _ => environment.DocumentProperties is { } store ? Properties(host, store) : JsValue.Null);
        return service;
    }

    private static HostObject Properties(JsHost host, PropertyStore store)
    {
        var quota = host.Execution.Environment.Quotas.PropertiesCalls;
        var properties = host.Object("PropertiesService.Properties");
        JsValue Counted(System.Func<JsValue> body)
        {
            QuotaCounters.Use(quota);
            return body();
        }
        properties
            .Method("getProperty", 1, arguments => Counted(() => host.String(store.Get(Key(arguments.At(0))))))
            .Method("setProperty", 2, arguments => Counted(() =>
            {
                store.Set(Key(arguments.At(0)), Value(arguments.At(1)));
                return properties;
            }))
            .Method("deleteProperty", 1, arguments => Counted(() =>
            {
                store.Delete(Key(arguments.At(0)));
                return properties;
            }))
            .Method("getProperties", 0, _ => Counted(() =>
            {
                var all = new JsObject(host.Engine);
                foreach (var (key, value) in store.Snapshot()) all.Set(key, value);
                return all;
            }))
            .Method("setProperties", 1, arguments => Counted(() =>
            {
                if (arguments.At(0) is not ObjectInstance values) throw AppsScriptException.InvalidArgument("properties");
                var pairs = values.Keys().Select(key => new KeyValuePair<string, string>(key, Value(values.Get(key)))).ToList();
                store.SetAll(pairs, arguments.At(1).Truthy());
                return properties;
            }))
            .Method("getKeys", 0, _ => Counted(() => host.Strings(store.Snapshot().Keys)))
            .Method("deleteAllProperties", 0, _ => Counted(() =>
            {
                store.DeleteAll();
                return properties;
            }));
        return properties;
    }

    private static string Key(JsValue key) => key.IsNull() ? throw AppsScriptException.InvalidArgument("key") : key.AsText();

    /// <summary>Values are strings: a number or boolean is stored as its text, as Apps Script's Java side converts it.</summary>
    private static string Value(JsValue value) => value.IsAbsent() ? throw AppsScriptException.InvalidArgument("value") : value.AsText();
}
