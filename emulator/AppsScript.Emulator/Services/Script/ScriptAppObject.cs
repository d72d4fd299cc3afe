using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Emulator.Interop;
using Jint;
using Jint.Runtime;
using Jint.Native;

namespace AppsScript.Emulator.Services.Script;

/// <summary><c>ScriptApp</c>: time-driven triggers, state tokens, the web app's URL, the script id and the OAuth token, with its enums.</summary>
internal sealed class ScriptAppObject : HostObject
{
    public ScriptAppObject(JsHost host)
        : base(host, "ScriptApp")
    {
        var environment = host.Execution.Environment;
        AuthMode = new JsEnum(host, "ScriptApp.AuthMode", ["NONE", "CUSTOM_FUNCTION", "LIMITED", "FULL"]);
        EventType = new JsEnum(host, "ScriptApp.EventType", ["CLOCK", "ON_OPEN", "ON_EDIT", "ON_FORM_SUBMIT", "ON_CHANGE", "ON_EVENT_UPDATED"]);
        TriggerSource = new JsEnum(host, "ScriptApp.TriggerSource", ["SPREADSHEETS", "CLOCK", "FORMS", "DOCUMENTS", "CALENDAR"]);
        WeekDay = new JsEnum(host, "ScriptApp.WeekDay", ["SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"]);
        Value("AuthMode", AuthMode.Object);
        Value("EventType", EventType.Object);
        Value("TriggerSource", TriggerSource.Object);
        Value("WeekDay", WeekDay.Object);
        Method("newTrigger", 1, arguments =>
        {
            var handler = arguments.At(0).AsText();
            return host.Object("ScriptApp.TriggerBuilder").Method("timeBased", 0, _ => ClockTriggerBuilder.Create(host, this, handler));
        });
        Method("getProjectTriggers", 0, _ =>
            host.Array(environment.Triggers.ForUser(environment.UserEmail).Select(trigger => (JsValue)new TriggerObject(host, this, trigger))));
        Action("deleteTrigger", 1, arguments =>
        {
            if (arguments.At(0) is not TriggerObject trigger) throw AppsScriptException.InvalidArgument("trigger");
            environment.Triggers.Remove(trigger.Trigger.UniqueId);
        });
        Method("newStateToken", 0, _ => StateTokenBuilder(host));
        Method("getService", 0, _ => host.Object("ScriptApp.Service")
            .Method("getUrl", 0, _ => host.String(environment.WebAppUrl))
            .Method("isEnabled", 0, _ => environment.WebAppUrl is not null));
        Method("getScriptId", 0, _ => environment.ScriptId);
        Method("getOAuthToken", 0, _ => environment.OAuthToken);
    }

    public JsEnum AuthMode { get; }

    public JsEnum EventType { get; }

    public JsEnum TriggerSource { get; }

    public JsEnum WeekDay { get; }

    private static HostObject StateTokenBuilder(JsHost host)
    {
        var environment = host.Execution.Environment;
        var builder = host.Object("ScriptApp.StateTokenBuilder");
        string? method = null;
        var arguments = new List<KeyValuePair<string, string>>();
        var timeout = TimeSpan.FromSeconds(60);
        builder
            .Method("withMethod", 1, values =>
            {
                method = values.At(0).AsText();
                return builder;
            })
            .Method("withArgument", 2, values =>
            {
                arguments.Add(new(values.At(0).AsText(), values.At(1).AsText()));
                return builder;
            })
            .Method("withTimeout", 1, values =>
            {
                var seconds = values.At(0).AsInteger();
                if (seconds < 1 || TimeSpan.FromSeconds(seconds) > environment.Limits.MaxStateTokenTimeout) throw AppsScriptException.InvalidArgument("seconds");
                timeout = TimeSpan.FromSeconds(seconds);
                return builder;
            })
            .Method("createToken", 0, _ =>
            {
                if (method is null) throw new AppsScriptException("A state token needs a callback function: call withMethod before createToken.");
                var token = environment.Ids.Text(120);
                environment.StateTokens.Add(token, new StateToken(method, arguments.ToList(), environment.Clock.GetUtcNow() + timeout));
                return token;
            });
        return builder;
    }
}
