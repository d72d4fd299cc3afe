using System.Collections.Generic;
using Jint;
using Jint.Native;

namespace AppsScript.Emulator.Interop;

/// <summary>
/// An Apps Script enum (<c>ScriptApp.EventType</c>, <c>ContentService.MimeType</c>): an object whose
/// members are objects that print as their name (<c>String(ScriptApp.EventType.CLOCK) === "CLOCK"</c>),
/// with <c>name()</c> and <c>ordinal()</c>. A member keeps its identity within the execution, so
/// <c>trigger.getEventType() === ScriptApp.EventType.CLOCK</c> holds.
/// </summary>
internal sealed class JsEnum
{
    private readonly Dictionary<string, HostObject> _byName = new();
    private readonly Dictionary<JsValue, string> _byMember = new(ReferenceEqualityComparer.Instance);

    public JsEnum(JsHost host, string className, IReadOnlyList<string> names)
    {
        Object = host.Object(className);
        for (var ordinal = 0; ordinal < names.Count; ordinal++)
        {
            var name = names[ordinal];
            var index = ordinal;
            var member = host.Object($"{className}.{name}");
            member.Method("toString", 0, _ => new JsString(name))
                .Method("name", 0, _ => new JsString(name))
                .Method("toJSON", 0, _ => new JsString(name))
                .Method("ordinal", 0, _ => JsNumber.Create(index));
            _byName.Add(name, member);
            _byMember.Add(member, name);
            Object.Set(name, member);
        }
    }

    public HostObject Object { get; }

    public JsValue this[string name] => _byName[name];

    /// <summary>The member's name, or throws Apps Script's invalid-argument error for anything else.</summary>
    public string NameOf(JsValue value, string argumentName) =>
        _byMember.TryGetValue(value, out var name) ? name : throw AppsScriptException.InvalidArgument(argumentName);
}
