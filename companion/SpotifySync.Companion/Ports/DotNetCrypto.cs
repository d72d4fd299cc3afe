using System;
using System.Security.Cryptography;
using System.Text;
using SpotifySync.Core.Ports;

namespace SpotifySync.Companion.Ports;

/// <summary><see cref="ICrypto"/> over .NET's HMACSHA256 and Convert, for the companion and the tests.</summary>
public sealed class DotNetCrypto : ICrypto
{
    public string HmacSha256Hex(string message, string key) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(message)));

    public string Base64Utf8(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
