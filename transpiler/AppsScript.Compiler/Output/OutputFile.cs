namespace AppsScript.Compiler.Output;

/// <summary>One emitted script: its path relative to the output folder (Code.js for Code.cs) and its text.</summary>
public sealed record OutputFile(string Path, string Text);
