using System;
using System.Text;

namespace AppsScript.Emulator.Services.Utilities;

/// <summary>Character sets by Java name (<c>"UTF-8"</c>, <c>"US-ASCII"</c>, <c>"ISO-8859-1"</c>, ...), UTF-8 when none is given.</summary>
internal static class Charsets
{
    public static Encoding Find(string? name)
    {
        if (string.IsNullOrEmpty(name)) return new UTF8Encoding(false);
        try
        {
            return Encoding.GetEncoding(name.Trim().Trim('"'));
        }
        catch (ArgumentException)
        {
            throw new AppsScriptException($"Unsupported charset: {name}");
        }
    }
}
