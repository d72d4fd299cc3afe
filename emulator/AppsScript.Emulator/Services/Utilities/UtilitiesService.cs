using System;
using System.Security.Cryptography;
using System.Text;
using AppsScript.Emulator.Interop;
using Jint;
using Jint.Runtime;
using Jint.Native;

namespace AppsScript.Emulator.Services.Utilities;

/// <summary>
/// <c>Utilities</c>: sleep on the environment's clock, base64, digests and HMACs (Java's signed bytes), Java date
/// formatting, UUIDs and blobs.
/// </summary>
internal static class UtilitiesService
{
    public static HostObject Create(JsHost host)
    {
        var environment = host.Execution.Environment;
        var charset = new JsEnum(host, "Utilities.Charset", ["US_ASCII", "UTF_8"]);
        var digest = new JsEnum(host, "Utilities.DigestAlgorithm", ["MD2", "MD5", "SHA_1", "SHA_256", "SHA_384", "SHA_512"]);
        var mac = new JsEnum(host, "Utilities.MacAlgorithm", ["HMAC_MD5", "HMAC_SHA_1", "HMAC_SHA_256", "HMAC_SHA_384", "HMAC_SHA_512"]);
        Encoding Charset(JsValue value) => value.IsUndefined() ? Encoding.UTF8 : charset.NameOf(value, "charset") == "US_ASCII" ? Encoding.ASCII : Encoding.UTF8;
        var utilities = host.Object("Utilities");
        utilities
            .Value("Charset", charset.Object)
            .Value("DigestAlgorithm", digest.Object)
            .Value("MacAlgorithm", mac.Object)
            .Action("sleep", 1, arguments =>
            {
                var milliseconds = arguments.At(0).AsInteger();
                if (milliseconds < 0 || milliseconds > environment.Limits.MaxSleep.TotalMilliseconds) throw AppsScriptException.InvalidArgument("milliseconds");
                host.Execution.Spend(TimeSpan.FromMilliseconds(milliseconds));
            })
            .Method("base64Encode", 1, arguments => Convert.ToBase64String(arguments.At(0).AsBytes(Charset(arguments.At(1)))))
            .Method("base64EncodeWebSafe", 1, arguments => Convert.ToBase64String(arguments.At(0).AsBytes(Charset(arguments.At(1)))).Replace('+', '-').Replace('/', '_'))
            .Method("base64Decode", 1, arguments => host.SignedBytes(Base64(arguments.At(0).AsText())))
            .Method("base64DecodeWebSafe", 1, arguments => host.SignedBytes(Base64(arguments.At(0).AsText().Replace('-', '+').Replace('_', '/'))))
            .Method("computeDigest", 2, arguments =>
                host.SignedBytes(Digest(digest.NameOf(arguments.At(0), "algorithm"), arguments.At(1).AsBytes(Charset(arguments.At(2))))))
            .Method("computeHmacSha256Signature", 2, arguments =>
                host.SignedBytes(HMACSHA256.HashData(arguments.At(1).AsBytes(Charset(arguments.At(2))), arguments.At(0).AsBytes(Charset(arguments.At(2))))))
            .Method("computeHmacSignature", 3, arguments =>
                host.SignedBytes(Hmac(mac.NameOf(arguments.At(0), "algorithm"), arguments.At(2).AsBytes(Charset(arguments.At(3))), arguments.At(1).AsBytes(Charset(arguments.At(3))))))
            .Method("formatDate", 3, arguments => JavaDateFormat.Format(arguments.At(0).AsInstant("date"), arguments.At(1).AsText(), arguments.At(2).AsText()))
            .Method("formatString", 1, arguments => JavaFormat.Sprintf(arguments.At(0).AsText(), arguments[1..]))
            .Method("getUuid", 0, _ => environment.Ids.Uuid())
            .Method("newBlob", 1, arguments => new BlobObject(host, arguments.At(0).AsBytes(), arguments.At(1).AsOptionalText(), arguments.At(2).AsOptionalText()));
        return utilities;
    }

    private static byte[] Base64(string encoded)
    {
        var padded = encoded.Trim();
        padded = padded.PadRight(padded.Length + (4 - padded.Length % 4) % 4, '=');
        try
        {
            return Convert.FromBase64String(padded);
        }
        catch (FormatException)
        {
            throw new AppsScriptException("Could not decode string.");
        }
    }

    private static byte[] Digest(string algorithm, byte[] data) => algorithm switch
    {
        "MD5" => MD5.HashData(data),
        "SHA_1" => SHA1.HashData(data),
        "SHA_256" => SHA256.HashData(data),
        "SHA_384" => SHA384.HashData(data),
        "SHA_512" => SHA512.HashData(data),
        _ => throw new AppsScriptException($"The emulator does not compute {algorithm} digests."),
    };

    private static byte[] Hmac(string algorithm, byte[] key, byte[] data) => algorithm switch
    {
        "HMAC_MD5" => HMACMD5.HashData(key, data),
        "HMAC_SHA_1" => HMACSHA1.HashData(key, data),
        "HMAC_SHA_256" => HMACSHA256.HashData(key, data),
        "HMAC_SHA_384" => HMACSHA384.HashData(key, data),
        _ => HMACSHA512.HashData(key, data),
    };
}
