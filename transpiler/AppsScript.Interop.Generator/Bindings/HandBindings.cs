using System.Collections.Generic;

namespace AppsScript.Interop.Generator.Bindings;

/// <summary>
/// The services AppsScript.Interop binds by hand (Services/, Events/): their C# API is chosen with care (options as
/// classes with object initialisers, signed bytes, typed header maps), so the generator binds none of them again and
/// the C# API offers one way to call each service. Where a generated binding uses one of their types, it uses the
/// hand-written type.
/// </summary>
internal static class HandBindings
{
    /// <summary>The globals bound by hand, or not bound at all (<c>console</c> is Console.WriteLine's; <c>Date2</c> an alias the typings invent).</summary>
    public static readonly IReadOnlySet<string> Globals = new HashSet<string>
    {
        "UrlFetchApp", "PropertiesService", "CacheService", "LockService", "ScriptApp", "Utilities", "Logger", "ContentService",
        "HtmlService", "MailApp", "Session", "ScriptProperties", "UserProperties", "Charset", "DigestAlgorithm", "MacAlgorithm",
        "RsaAlgorithm", "console", "Date2",
    };

    /// <summary>The typings' namespaces of the hand-bound services: their own declarations are not generated (namespaces nested in them are).</summary>
    public static readonly IReadOnlySet<string> Namespaces = new HashSet<string>
    {
        "GoogleAppsScript.Cache", "GoogleAppsScript.Lock", "GoogleAppsScript.Properties", "GoogleAppsScript.Script", "GoogleAppsScript.URL_Fetch",
        "GoogleAppsScript.Content", "GoogleAppsScript.HTML", "GoogleAppsScript.Mail", "GoogleAppsScript.Utilities",
    };

    /// <summary>The hand-written type of each typings type they bind, which generated bindings refer to.</summary>
    public static readonly IReadOnlyDictionary<string, string> Types = new Dictionary<string, string>
    {
        ["GoogleAppsScript.Base.Blob"] = "AppsScript.Interop.Services.Blob",
        ["GoogleAppsScript.Base.User"] = "AppsScript.Interop.Services.User",
        ["GoogleAppsScript.Base.Logger"] = "AppsScript.Interop.Services.Logger",
        ["GoogleAppsScript.Base.Session"] = "AppsScript.Interop.Services.Session",
        ["GoogleAppsScript.URL_Fetch.HTTPResponse"] = "AppsScript.Interop.Services.HTTPResponse",
        ["GoogleAppsScript.URL_Fetch.URLFetchRequestOptions"] = "AppsScript.Interop.Services.UrlFetchRequestOptions",
        ["GoogleAppsScript.URL_Fetch.URLFetchRequest"] = "AppsScript.Interop.Services.UrlFetchRequest",
        ["GoogleAppsScript.Properties.Properties"] = "AppsScript.Interop.Services.Properties",
        ["GoogleAppsScript.Cache.Cache"] = "AppsScript.Interop.Services.Cache",
        ["GoogleAppsScript.Lock.Lock"] = "AppsScript.Interop.Services.Lock",
        ["GoogleAppsScript.Script.Trigger"] = "AppsScript.Interop.Services.Trigger",
        ["GoogleAppsScript.Script.TriggerBuilder"] = "AppsScript.Interop.Services.TriggerBuilder",
        ["GoogleAppsScript.Script.ClockTriggerBuilder"] = "AppsScript.Interop.Services.ClockTriggerBuilder",
        ["GoogleAppsScript.Script.StateTokenBuilder"] = "AppsScript.Interop.Services.StateTokenBuilder",
        ["GoogleAppsScript.Script.Service"] = "AppsScript.Interop.Services.Service",
        ["GoogleAppsScript.Script.EventType"] = "AppsScript.Interop.Services.ScriptApp.EventType",
        ["GoogleAppsScript.Script.AuthMode"] = "AppsScript.Interop.Services.ScriptApp.AuthMode",
        ["GoogleAppsScript.Utilities.DigestAlgorithm"] = "AppsScript.Interop.Services.Utilities.DigestAlgorithm",
        ["GoogleAppsScript.Utilities.Charset"] = "AppsScript.Interop.Services.Utilities.Charset",
        ["GoogleAppsScript.Content.TextOutput"] = "AppsScript.Interop.Services.TextOutput",
        ["GoogleAppsScript.Content.MimeType"] = "AppsScript.Interop.Services.ContentService.MimeType",
        ["GoogleAppsScript.HTML.HtmlOutput"] = "AppsScript.Interop.Services.HtmlOutput",
        ["GoogleAppsScript.Mail.MailAdvancedParameters"] = "AppsScript.Interop.Services.MailOptions",
        ["GoogleAppsScript.Events.DoGet"] = "AppsScript.Interop.Events.DoGetEvent",
        ["GoogleAppsScript.Events.DoPost"] = "AppsScript.Interop.Events.DoPostEvent",
        ["GoogleAppsScript.Events.AppsScriptHttpRequestEventPostData"] = "AppsScript.Interop.Events.PostData",
        ["GoogleAppsScript.Events.TimeDriven"] = "AppsScript.Interop.Events.TimeDrivenEvent",
    };
}
