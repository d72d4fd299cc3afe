using System;
using System.Collections.Generic;
using System.Linq;
using Serilog.Core;
using Serilog.Events;

namespace SpotifySync.Companion.Logging;

/// <summary>
/// Passes events on with every secret value replaced by <see cref="Mask"/>, in string properties and in the
/// exception text, so that a token that finds its way into a message (an error quoting a request) is not written.
/// </summary>
public sealed class SecretRedactingSink(ILogEventSink inner, IReadOnlyList<string> secrets) : ILogEventSink, IDisposable
{
    public const string Mask = "[redacted]";

    public void Emit(LogEvent logEvent)
    {
        if (secrets.Count == 0)
        {
            inner.Emit(logEvent);
            return;
        }
        var properties = logEvent.Properties.Select(p => new LogEventProperty(p.Key, Redact(p.Value)));
        var exception = logEvent.Exception is { } e && Contains(e.ToString()) ? new RedactedException(Redact(e.ToString())) : logEvent.Exception;
        var template = Contains(logEvent.MessageTemplate.Text) ? new Serilog.Parsing.MessageTemplateParser().Parse(Redact(logEvent.MessageTemplate.Text)) : logEvent.MessageTemplate;
        inner.Emit(new LogEvent(logEvent.Timestamp, logEvent.Level, exception, template, properties));
    }

    public void Dispose() => (inner as IDisposable)?.Dispose();

    public string Redact(string text) => secrets.Aggregate(text, (current, secret) => current.Replace(secret, Mask, StringComparison.Ordinal));

    private bool Contains(string text) => secrets.Any(secret => text.Contains(secret, StringComparison.Ordinal));

    private LogEventPropertyValue Redact(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string text } when Contains(text) => new ScalarValue(Redact(text)),
        ScalarValue { Value: not null and not string } scalar when Contains(scalar.Value.ToString() ?? "") => new ScalarValue(Redact(scalar.Value.ToString()!)),
        SequenceValue sequence => new SequenceValue(sequence.Elements.Select(Redact)),
        StructureValue structure => new StructureValue(structure.Properties.Select(p => new LogEventProperty(p.Name, Redact(p.Value))), structure.TypeTag),
        DictionaryValue dictionary => new DictionaryValue(dictionary.Elements.Select(e => new KeyValuePair<ScalarValue, LogEventPropertyValue>(e.Key, Redact(e.Value)))),
        _ => value,
    };

    /// <summary>Stands for an exception whose text held a secret: its text with the secret masked.</summary>
    private sealed class RedactedException(string text) : Exception(text)
    {
        public override string ToString() => Message;
    }
}
