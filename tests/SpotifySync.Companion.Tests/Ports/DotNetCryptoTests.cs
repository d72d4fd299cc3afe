using SpotifySync.Companion.Ports;
using Xunit;

namespace SpotifySync.Companion.Tests.Ports;

public sealed class DotNetCryptoTests
{
    [Fact]
    public void Hmac_sha256_is_lowercase_hex_of_rfc_4231_test_case_2()
    {
        Assert.Equal("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
            new DotNetCrypto().HmacSha256Hex("what do ya want for nothing?", "Jefe"));
    }

    [Fact]
    public void Webhook_signature_covers_timestamp_dot_body()
    {
        Assert.Equal("cde2b45839252ee7cd1a05b5d912e1b60e69888b6b3c56af9d36758b69895c72",
            new DotNetCrypto().HmacSha256Hex("1772050520.{\"event\":\"tracks_added\"}", "webhook-secret"));
    }

    [Fact]
    public void Hmac_takes_the_utf8_bytes_of_message_and_key()
    {
        Assert.Equal("ed84c566a97fee894d97ec4820a2e3ee72b7e3b75d5227889a472202bb5000d6", new DotNetCrypto().HmacSha256Hex("café ☕", "clé"));
    }

    [Fact]
    public void Base64_of_client_credentials_is_utf8()
    {
        Assert.Equal("Y2xpZW50OnPDqWNyZXQ=", new DotNetCrypto().Base64Utf8("client:sécret"));
    }
}
