using System;

namespace AppsScript.Interop.Generator.Typings;

/// <summary>The typings hold syntax the reader does not know: the generator stops rather than bind them wrongly.</summary>
internal sealed class TypingsException : Exception
{
    public TypingsException(string message)
        : base(message)
    {
    }
}
