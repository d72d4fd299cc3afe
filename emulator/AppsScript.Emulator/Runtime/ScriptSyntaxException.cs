using System;

namespace AppsScript.Emulator.Runtime;

/// <summary>A file that does not parse. Apps Script rejects such a project when it is pushed, before anything runs.</summary>
public sealed class ScriptSyntaxException : Exception
{
    public ScriptSyntaxException(string file, int line, string description, Exception? inner = null)
        : base($"Syntax error: {description} line: {line} file: {file}", inner)
    {
        File = file;
        Line = line;
    }

    public string File { get; }

    public int Line { get; }
}
