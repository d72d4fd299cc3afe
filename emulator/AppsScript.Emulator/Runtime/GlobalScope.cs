using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AppsScript.Emulator.Interop;
using AppsScript.Emulator.Services.Cache;
using AppsScript.Emulator.Services.Content;
using AppsScript.Emulator.Services.Html;
using AppsScript.Emulator.Services.Lock;
using AppsScript.Emulator.Services.Logging;
using AppsScript.Emulator.Services.Mail;
using AppsScript.Emulator.Services.Properties;
using AppsScript.Emulator.Services.Script;
using AppsScript.Emulator.Services.Session;
using AppsScript.Emulator.Services.Unemulated;
using AppsScript.Emulator.Services.UrlFetch;
using AppsScript.Emulator.Services.Utilities;

namespace AppsScript.Emulator.Runtime;

/// <summary>
/// The services an execution's scripts see as globals, created afresh for each execution, and the host objects a
/// harness added to the environment (<see cref="ScriptEnvironment.AddHostObject"/>).
/// </summary>
internal sealed partial class GlobalScope
{
    private const string ScriptAppName = "ScriptApp";

    /// <summary>The services but ScriptApp, which the runtime keeps a hold of, by global name.</summary>
    private static readonly Dictionary<string, Func<JsHost, HostObject>> Services = new(StringComparer.Ordinal)
    {
        ["UrlFetchApp"] = UrlFetchService.Create,
        ["PropertiesService"] = PropertiesService.Create,
        ["CacheService"] = CacheService.Create,
        ["LockService"] = LockService.Create,
        ["Utilities"] = UtilitiesService.Create,
        ["Logger"] = LoggerService.Create,
        ["console"] = ConsoleService.Create,
        ["ContentService"] = ContentService.Create,
        ["HtmlService"] = HtmlService.Create,
        ["MailApp"] = MailService.Create,
        ["Session"] = SessionService.Create,
    };

    private GlobalScope(ScriptAppObject scriptApp)
    {
        ScriptApp = scriptApp;
    }

    public ScriptAppObject ScriptApp { get; }

    public static GlobalScope Install(JsHost host)
    {
        var scriptApp = new ScriptAppObject(host);
        var engine = host.Engine;
        foreach (var name in UnemulatedService.Names) engine.SetValue(name, new UnemulatedService(host, name));
        foreach (var (name, create) in Services) engine.SetValue(name, create(host));
        engine.SetValue(ScriptAppName, scriptApp);
        foreach (var (name, target) in host.Execution.Environment.HostObjects) engine.SetValue(name, InjectedObject.Create(host, target));
        return new GlobalScope(scriptApp);
    }

    /// <summary>The Apps Script services the emulator provides, by global name (<c>console</c> is JavaScript's, not a service).</summary>
    public static IEnumerable<string> EmulatedServices => Services.Keys.Where(name => name != "console").Prepend(ScriptAppName);

    /// <summary>Whether a host object may take <paramref name="name"/>: a JS identifier that no service has.</summary>
    public static bool IsFreeName(string name) => Identifier().IsMatch(name) && name != ScriptAppName && !Services.ContainsKey(name);

    [GeneratedRegex(@"^[A-Za-z_$][\w$]*$")]
    private static partial Regex Identifier();
}
