namespace AppsScript.Compiler.Semantics;

/// <summary>How a C# type exists in the emitted JavaScript.</summary>
public enum TypeShape
{
    /// <summary>A JS class: constructor, methods, accessors; fields are assigned in the constructor.</summary>
    Class,

    /// <summary>A static class: a JS class holding only static members.</summary>
    StaticClass,

    /// <summary>A static class marked [GlobalFunctions]: its members are top-level functions and constants.</summary>
    GlobalFunctions,

    /// <summary>A record or class of auto-properties only: a plain object literal keyed as Newtonsoft's JSON.</summary>
    PlainData,

    /// <summary>An enum: a frozen object of its member values.</summary>
    Enum,

    /// <summary>An interface or delegate type: erased, nothing is emitted.</summary>
    Erased,

    /// <summary>Bound by [External] to an object that already exists in Apps Script.</summary>
    External,

    /// <summary>A type of the .NET library, handled by the replacement tables.</summary>
    Library,
}
