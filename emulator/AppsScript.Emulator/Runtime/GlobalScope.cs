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
using AppsScript.Emulator.Services.UrlFetch;
using AppsScript.Emulator.Services.Utilities;

namespace AppsScript.Emulator.Runtime;

/// <summary>The services an execution's scripts see as globals, created afresh for each execution.</summary>
internal sealed class GlobalScope
{
    private GlobalScope(ScriptAppObject scriptApp)
    {
        ScriptApp = scriptApp;
    }

    public ScriptAppObject ScriptApp { get; }

    public static GlobalScope Install(JsHost host)
    {
        var scriptApp = new ScriptAppObject(host);
        var engine = host.Engine;
        engine.SetValue("UrlFetchApp", UrlFetchService.Create(host));
        engine.SetValue("PropertiesService", PropertiesService.Create(host));
        engine.SetValue("CacheService", CacheService.Create(host));
        engine.SetValue("LockService", LockService.Create(host));
        engine.SetValue("ScriptApp", scriptApp);
        engine.SetValue("Utilities", UtilitiesService.Create(host));
        engine.SetValue("Logger", LoggerService.Create(host));
        engine.SetValue("console", ConsoleService.Create(host));
        engine.SetValue("ContentService", ContentService.Create(host));
        engine.SetValue("HtmlService", HtmlService.Create(host));
        engine.SetValue("MailApp", MailService.Create(host));
        engine.SetValue("Session", SessionService.Create(host));
        return new GlobalScope(scriptApp);
    }
}
