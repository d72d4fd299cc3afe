using System.Collections.Generic;
using AppsScript.Emulator.Interop;
using Jint.Native;
using Jint.Native.Object;

namespace AppsScript.Emulator.Services.Unemulated;

/// <summary>
/// An Apps Script service the emulator does not provide (SpreadsheetApp, DriveApp, an Advanced Service). Its global
/// exists, as in Apps Script, so that a script using it fails on the service's first use with an error that names
/// it, rather than with a ReferenceError that reads like a typo; a harness may stand in for it with a host object
/// of the same name (<see cref="ScriptEnvironment.AddHostObject"/>).
/// </summary>
internal sealed class UnemulatedService : ObjectInstance
{
    /// <summary>
    /// The globals @types/google-apps-script declares that the emulator lacks: the built-in services and the
    /// Advanced Services (which Apps Script defines once the manifest enables them).
    /// </summary>
    public static readonly IReadOnlyList<string> Names = new[]
    {
        "SpreadsheetApp", "DriveApp", "GmailApp", "CalendarApp", "DocumentApp", "FormApp", "SlidesApp", "Browser", "CardService",
        "Charts", "ConferenceDataService", "ContactsApp", "DataStudioApp", "GroupsApp", "Jdbc", "LanguageApp",
        "LinearOptimizationService", "Maps", "MimeType", "SitesApp", "XmlService",
        "AdminDirectory", "AdminGroupsMigration", "AdminGroupsSettings", "AdminLicenseManager", "AdminReports", "AdminReseller",
        "Adsense", "BigQuery", "Calendar", "Classroom", "Content", "Dfareporting", "Docs", "Drive", "DriveActivity", "Drive_v2",
        "Gmail", "People", "Sheets", "Slides", "TagManager", "Tasks", "YouTube", "YouTubeAnalytics", "YoutubePartner",
    };

    private readonly JsHost _host;
    private readonly string _name;

    public UnemulatedService(JsHost host, string name)
        : base(host.Engine)
    {
        _host = host;
        _name = name;
        Prototype = host.Engine.Intrinsics.Object.PrototypeObject;
    }

    public override JsValue Get(JsValue property, JsValue receiver) =>
        throw _host.ToJavaScript(new AppsScriptException(
            $"{_name} is not emulated: the emulator provides {string.Join(", ", Runtime.GlobalScope.EmulatedServices)}. Run the script in Apps Script, or stand in for {_name} with a host object of that name."));
}
