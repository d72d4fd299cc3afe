namespace AppsScript.Interop.Services;

/// <summary>
/// Apps Script's <c>Utilities</c>: sleeping, base64, hashes and HMACs, UUIDs and blobs. Bytes are signed
/// (-128 to 127) as Apps Script gives them, hence <c>sbyte[]</c>. Members taking or returning a JavaScript
/// <c>Date</c> (<c>formatDate</c>, <c>parseDate</c>) are not bound: a C# <c>DateTime</c> is a number of
/// milliseconds in the emitted script, not a <c>Date</c>.
/// </summary>
[External]
public static class Utilities
{
    /// <summary>Blocks the execution for the given milliseconds (at most 300000): Apps Script has no timers.</summary>
    public static extern void Sleep(int milliseconds);

    /// <summary>Base64 of the string's UTF-8 bytes.</summary>
    public static extern string Base64Encode(string data);

    /// <summary>Base64 of the string's bytes in the given charset.</summary>
    public static extern string Base64Encode(string data, Charset charset);

    /// <summary>Base64 of the bytes.</summary>
    public static extern string Base64Encode(sbyte[] data);

    /// <summary>The bytes of a base64 string.</summary>
    public static extern sbyte[] Base64Decode(string encoded);

    /// <summary>The bytes of a base64 string, decoded in the given charset.</summary>
    public static extern sbyte[] Base64Decode(string encoded, Charset charset);

    /// <summary>Web-safe base64 (<c>-</c> and <c>_</c> for <c>+</c> and <c>/</c>) of the string's UTF-8 bytes.</summary>
    public static extern string Base64EncodeWebSafe(string data);

    /// <summary>Web-safe base64 of the string's bytes in the given charset.</summary>
    public static extern string Base64EncodeWebSafe(string data, Charset charset);

    /// <summary>Web-safe base64 of the bytes.</summary>
    public static extern string Base64EncodeWebSafe(sbyte[] data);

    /// <summary>The bytes of a web-safe base64 string.</summary>
    public static extern sbyte[] Base64DecodeWebSafe(string encoded);

    /// <summary>The bytes of a web-safe base64 string, decoded in the given charset.</summary>
    public static extern sbyte[] Base64DecodeWebSafe(string encoded, Charset charset);

    /// <summary>The HMAC-SHA256 of the value's UTF-8 bytes with the key's UTF-8 bytes.</summary>
    public static extern sbyte[] ComputeHmacSha256Signature(string value, string key);

    /// <summary>The HMAC-SHA256 of the bytes with the key bytes.</summary>
    public static extern sbyte[] ComputeHmacSha256Signature(sbyte[] value, sbyte[] key);

    /// <summary>The digest of the string's UTF-8 bytes with the given algorithm.</summary>
    public static extern sbyte[] ComputeDigest(DigestAlgorithm algorithm, string value);

    /// <summary>The digest of the bytes with the given algorithm.</summary>
    public static extern sbyte[] ComputeDigest(DigestAlgorithm algorithm, sbyte[] value);

    /// <summary>A new random UUID as a string, such as <c>"3f2504e0-4f89-11d3-9a0c-0305e82c3301"</c>.</summary>
    public static extern string GetUuid();

    /// <summary>A blob holding the string's UTF-8 bytes.</summary>
    public static extern Blob NewBlob(string data);

    /// <summary>A blob holding the string with the given content type and name.</summary>
    public static extern Blob NewBlob(string data, string contentType, string name);

    /// <summary>A blob holding the bytes.</summary>
    public static extern Blob NewBlob(sbyte[] data);

    /// <summary>A hash algorithm of <see cref="ComputeDigest(DigestAlgorithm, string)"/> (<c>Utilities.DigestAlgorithm</c>). Members keep Apps Script's names.</summary>
    public enum DigestAlgorithm
    {
        MD2,
        MD5,
        SHA_1,
        SHA_256,
        SHA_384,
        SHA_512,
    }

    /// <summary>A character set (<c>Utilities.Charset</c>). Members keep Apps Script's names.</summary>
    public enum Charset
    {
        US_ASCII,
        UTF_8,
    }
}

/// <summary>
/// Apps Script's data interchange object: bytes with a content type and a name. A blob is a
/// <see cref="Base.BlobSource"/>, so it goes wherever the generated bindings take one (DriveApp.CreateFile, attachments).
/// </summary>
[External]
public interface Blob : Base.BlobSource
{
    /// <summary>The blob's bytes, signed as Apps Script gives them.</summary>
    sbyte[] GetBytes();

    /// <summary>The blob's bytes decoded as UTF-8.</summary>
    string GetDataAsString();

    /// <summary>The blob's bytes decoded in the given charset, such as <c>"UTF-8"</c>.</summary>
    string GetDataAsString(string charset);

    /// <summary>The content type, such as <c>"application/json"</c>, or null when there is none.</summary>
    string? GetContentType();

    /// <summary>Sets the content type; returns the blob for chaining.</summary>
    Blob SetContentType(string contentType);

    /// <summary>The blob's name, or null when it has none.</summary>
    string? GetName();

    /// <summary>Sets the blob's name (the file name of an attachment); returns the blob for chaining.</summary>
    Blob SetName(string name);

    /// <summary>Replaces the blob's data with the string's UTF-8 bytes; returns the blob for chaining.</summary>
    Blob SetDataFromString(string value);

    /// <summary>A copy of the blob.</summary>
    Blob CopyBlob();
}
