using System;
using AppsScript.Emulator.Tests.Support;
using Xunit;

namespace AppsScript.Emulator.Tests;

public class UtilitiesTests
{
    [Fact]
    public void Base64_encodes_strings_and_bytes_and_decodes_to_signed_bytes()
    {
        var result = Script.Eval("""
            return [Utilities.base64Encode('héllo?>'), Utilities.base64EncodeWebSafe('héllo?>'), Utilities.base64Encode([-1, 0, 1]),
                    Utilities.base64Decode('/wAB'), Utilities.base64DecodeWebSafe('_wAB'), Utilities.base64DecodeWebSafe('aGk'),
                    Utilities.base64Encode('é', Utilities.Charset.US_ASCII)];
            """);

        Assert.Equal("""["aMOpbGxvPz4=","aMOpbGxvPz4=","/wAB",[-1,0,1],[-1,0,1],[104,105],"Pw=="]""", result.ReturnJson);
        Assert.Equal("Could not decode string.", Script.Fail("Utilities.base64Decode('!!!');").Message);
    }

    [Fact]
    public void Web_safe_base64_replaces_plus_and_slash()
    {
        Assert.Equal("""["+/++","-_--"]""", Script.Eval("return [Utilities.base64Encode([-5, -1, -66]), Utilities.base64EncodeWebSafe([-5, -1, -66])];").ReturnJson);
    }

    [Fact]
    public void Digests_and_hmacs_are_java_signed_bytes()
    {
        var result = Script.Eval("""
            const hex = bytes => bytes.map(b => ((b + 256) % 256).toString(16).padStart(2, '0')).join('');
            const sha = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'abc');
            return [sha.slice(0, 4), hex(sha), hex(Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, '')),
                    hex(Utilities.computeHmacSha256Signature('The quick brown fox jumps over the lazy dog', 'key')),
                    hex(Utilities.computeHmacSignature(Utilities.MacAlgorithm.HMAC_SHA_1, 'The quick brown fox jumps over the lazy dog', 'key'))];
            """);

        Assert.Equal("""[[-70,120,22,-65],"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad","d41d8cd98f00b204e9800998ecf8427e","f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8","de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9"]""", result.ReturnJson);
    }

    [Fact]
    public void FormatDate_follows_java_simple_date_format()
    {
        var result = Script.Eval("""
            const d = new Date(Date.UTC(2026, 0, 4, 17, 5, 9, 42));
            return [Utilities.formatDate(d, 'UTC', "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'"),
                    Utilities.formatDate(d, 'America/New_York', 'EEE, d MMM yyyy hh:mm a z Z XXX'),
                    Utilities.formatDate(d, 'Asia/Kolkata', 'EEEE MMMM dd yy H:m:s X'),
                    Utilities.formatDate(d, 'GMT', "D w u k K 'o''clock' ''"),
                    Utilities.formatDate(d, 'Not/AZone', 'HH:mm z')];
            """);

        Assert.Equal("""["2026-01-04T17:05:09.042Z","Sun, 4 Jan 2026 12:05 PM GMT-05:00 -0500 -05:00","Sunday January 04 26 22:35:9 +05","4 2 7 17 5 o'clock '","17:05 GMT"]""", result.ReturnJson);
    }

    [Fact]
    public void Uuids_are_version_4_and_repeat_for_the_same_seed()
    {
        string Uuid(int seed)
        {
            using var environment = new ScriptEnvironment(new ScriptEnvironmentOptions { Seed = seed });
            return Script.Eval(environment, "return Utilities.getUuid();").Return!.GetValue<string>();
        }

        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", Uuid(7));
        Assert.Equal(Uuid(7), Uuid(7));
        Assert.NotEqual(Uuid(7), Uuid(8));
    }

    [Fact]
    public void Blobs_hold_bytes_a_content_type_and_a_name()
    {
        var result = Script.Eval("""
            const blob = Utilities.newBlob('héllo', 'text/plain', 'greeting.txt');
            const copy = blob.copyBlob().setName('copy.txt').setDataFromString('bye');
            return [blob.getDataAsString(), blob.getBytes().length, blob.getContentType(), blob.getName(), copy.getName(), copy.getDataAsString(),
                    Utilities.newBlob([104, 105]).getDataAsString(), Utilities.newBlob('x').getContentType()];
            """);

        Assert.Equal("""["héllo",6,"text/plain","greeting.txt","copy.txt","bye","hi",null]""", result.ReturnJson);
    }

    [Fact]
    public void FormatString_is_javas_string_format()
    {
        Assert.Equal("\"a 1 | 3.14 | x    | 005 | 2.0 | 100%\"",
            Script.Eval("return Utilities.formatString('a %d | %.2f | %-4s | %03d | %s | 100%%', 1, 3.14159, 'x', 5, 2);").ReturnJson);
    }
}
