using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace AppsScript.Emulator.Runtime;

/// <summary>What an execution did, as the Apps Script executions page reports it, plus what it returned.</summary>
/// <param name="Function">The function called.</param>
/// <param name="Origin">What started it.</param>
/// <param name="Start">When it started, on the environment's clock.</param>
/// <param name="Duration">How long it took on the environment's clock.</param>
/// <param name="UrlFetchCount">How many UrlFetchApp requests it made (<c>fetchAll</c> counts each request).</param>
/// <param name="ReturnJson">The return value as <c>JSON.stringify</c> writes it; null for <c>undefined</c> or a failed execution.</param>
/// <param name="ReturnValue">The return value as a .NET value (strings, doubles, booleans, object[], dictionaries).</param>
/// <param name="Output">The TextOutput or HtmlOutput it returned, for a web app's <c>doGet</c>/<c>doPost</c>.</param>
/// <param name="Error">Why it failed, or null.</param>
/// <param name="Logs">Its Logger and console lines, in order.</param>
/// <param name="TriggerUid">The trigger that started it, for a time-driven execution.</param>
public sealed record ExecutionResult(
    string Function,
    ExecutionOrigin Origin,
    DateTimeOffset Start,
    TimeSpan Duration,
    int UrlFetchCount,
    string? ReturnJson,
    object? ReturnValue,
    WebOutput? Output,
    ScriptError? Error,
    IReadOnlyList<LogEntry> Logs,
    string? TriggerUid)
{
    public bool Succeeded => Error is null;

    public DateTimeOffset End => Start + Duration;

    /// <summary>The return value as a JSON tree, or null.</summary>
    public JsonNode? Return => ReturnJson is null ? null : JsonNode.Parse(ReturnJson);

    public override string ToString() =>
        $"{Origin} {Function} at {Start:O} for {Duration.TotalMilliseconds} ms, {UrlFetchCount} fetch(es): {(Error is null ? ReturnJson ?? "undefined" : Error.ToString())}";
}

/// <summary>An execution's error as Apps Script shows it: <c>"Exception: Request failed ..."</c>, with the JS stack.</summary>
/// <param name="Message">The error's message.</param>
/// <param name="Name">The JS error's name (<c>"Exception"</c> for a service's error, <c>"TypeError"</c>, a script's own class); null when the platform ended the execution.</param>
/// <param name="Stack">The JavaScript stack, when the error came from script code.</param>
public sealed record ScriptError(string Message, string? Name, string? Stack)
{
    public override string ToString() => Name is null ? Message : $"{Name}: {Message}";
}

/// <summary>One line an execution logged.</summary>
public sealed record LogEntry(DateTimeOffset Time, LogLevel Level, string Message);

/// <summary>Where a log line came from: <c>Logger.log</c> or a <c>console</c> method.</summary>
public enum LogLevel
{
    Logger,
    Debug,
    Info,
    Warning,
    Error,
}

/// <summary>A web app's answer: the content of the returned TextOutput or HtmlOutput and its MIME type.</summary>
public sealed record WebOutput(string Content, string MimeType, string? Title);
