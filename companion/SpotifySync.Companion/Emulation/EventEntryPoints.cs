using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Emulator.Runtime;

namespace SpotifySync.Companion.Emulation;

/// <summary>
/// The functions Apps Script calls with an event object, which a run from the editor (or <c>gas run</c>) does not
/// give unless told: the web app's <c>doGet(e)</c> and <c>doPost(e)</c>, known by their names, and any other function
/// whose first parameter turns out to be read as an object, such as the callback of a state token.
/// </summary>
public static class EventEntryPoints
{
    /// <summary>
    /// Why <paramref name="function"/> cannot run without arguments, and how to give its event: for the web app's
    /// handlers, whose event Apps Script always passes; null for any other function, or when arguments are given.
    /// </summary>
    /// <param name="parameters">The function's parameters as the bundle declares them; null when it declares none by that name.</param>
    public static string? Missing(string function, IReadOnlyList<string>? parameters, int arguments)
    {
        if (arguments > 0) return null;
        var (handler, example) = function switch
        {
            "doGet" => ("the web app's GET handler", GasRunArguments.DoGetExample),
            "doPost" => ("the web app's POST handler", GasRunArguments.DoPostExample),
            _ => (null, null),
        };
        if (handler is null) return null;
        var name = parameters?.FirstOrDefault() ?? "e";
        return $"{function}({name}) is {handler}: Apps Script calls it with the request as an event object, and gas run passes one only when given. " +
               $"Give it with --event '{example}' or --event-file FILE (a JSON object with any of parameter, parameters, queryString, pathInfo, contextPath, contentLength{(function == "doPost" ? ", postData" : "")}).";
    }

    /// <summary>
    /// When an execution given fewer arguments than its function declares failed reading a property of undefined or
    /// null, the likely reason: its first missing parameter is an object Apps Script would pass, such as an event. Null
    /// otherwise.
    /// </summary>
    public static string? Hint(string function, IReadOnlyList<string>? parameters, int arguments, ScriptError error)
    {
        if (parameters is null || arguments >= parameters.Count) return null;
        if (error.Name != "TypeError" || !(error.Message.Contains("of undefined", StringComparison.Ordinal) || error.Message.Contains("of null", StringComparison.Ordinal))) return null;
        var missing = parameters[arguments];
        return $"{function}({string.Join(", ", parameters)}) was run without {missing}, and failed reading a property of a missing value: " +
               $"when Apps Script calls it, {missing} is likely an object it passes, such as an event (a web app's request, a trigger's or a callback's). " +
               $"Give it with --event '{GasRunArguments.DoGetExample}' or --event-file FILE, or other arguments with --args '[…]'.";
    }
}
