namespace SpotifySync.Core.Ports;

/// <summary>The little cryptography the core needs: webhook signatures and HTTP Basic credentials.</summary>
public interface ICrypto
{
    /// <summary>HMAC-SHA256 of the message's UTF-8 bytes with the key's UTF-8 bytes, as 64 lowercase hex digits.</summary>
    string HmacSha256Hex(string message, string key);

    /// <summary>Base64 of the text's UTF-8 bytes.</summary>
    string Base64Utf8(string text);
}
