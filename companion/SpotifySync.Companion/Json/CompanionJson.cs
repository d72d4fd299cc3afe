using System.Text.Encodings.Web;
using System.Text.Json;

namespace SpotifySync.Companion.Json;

/// <summary>
/// The options every JSON text the companion writes starts from: the webhook API's answers and errors, the envelopes
/// sent to Apps Script, <c>status --json</c>, the state file and the config file it writes. Names are camelCase, as
/// Apps Script's JavaScript reads them.
/// </summary>
public static class CompanionJson
{
    /// <summary>
    /// System.Text.Json's default encoder escapes characters that matter only inside HTML (<c>'</c> as <c>\u0027</c>,
    /// <c>+</c>, <c>`</c>, <c>&lt;</c>, <c>&amp;</c>), which makes messages and titles hard to read in a terminal or a
    /// file. None of this JSON is ever embedded in HTML (the API answers application/json), so those characters stay
    /// as themselves; quotes, backslashes and control characters are still escaped, as JSON requires.
    /// </summary>
    public static readonly JsonSerializerOptions Compact = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The same, indented, for what people read: the state file, <c>status --json</c>, the config file.</summary>
    public static readonly JsonSerializerOptions Indented = new(Compact) { WriteIndented = true };
}
