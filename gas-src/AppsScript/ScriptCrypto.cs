using AppsScript.Interop.Services;
using SpotifySync.Core.Ports;

namespace SpotifySync.AppsScript;

/// <summary><see cref="ICrypto"/> over Utilities, whose HMAC comes as signed bytes (-128 to 127).</summary>
public sealed class ScriptCrypto : ICrypto
{
    private const string HexDigits = "0123456789abcdef";

    public string HmacSha256Hex(string message, string key)
    {
        var hex = "";
        foreach (var value in Utilities.ComputeHmacSha256Signature(message, key))
        {
            var unsigned = value & 0xff;
            hex += $"{HexDigits[unsigned >> 4]}{HexDigits[unsigned & 0xf]}";
        }
        return hex;
    }

    public string Base64Utf8(string text) => Utilities.Base64Encode(text, Utilities.Charset.UTF_8);
}
