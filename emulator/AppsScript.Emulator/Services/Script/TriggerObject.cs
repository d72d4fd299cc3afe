using AppsScript.Emulator.Interop;
using AppsScript.Emulator.Triggers;
using Jint.Native;

namespace AppsScript.Emulator.Services.Script;

/// <summary>A script's view of an installed trigger (<c>ScriptApp.Trigger</c>).</summary>
internal sealed class TriggerObject : HostObject
{
    public TriggerObject(JsHost host, ScriptAppObject scriptApp, InstalledTrigger trigger)
        : base(host, "ScriptApp.Trigger")
    {
        Trigger = trigger;
        Method("getHandlerFunction", 0, _ => trigger.HandlerFunction);
        Method("getUniqueId", 0, _ => trigger.UniqueId);
        Method("getEventType", 0, _ => scriptApp.EventType["CLOCK"]);
        Method("getTriggerSource", 0, _ => scriptApp.TriggerSource["CLOCK"]);
        Method("getTriggerSourceId", 0, _ => Null);
    }

    public InstalledTrigger Trigger { get; }
}
