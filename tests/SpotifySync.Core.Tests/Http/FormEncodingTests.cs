using System.Collections.Generic;
using SpotifySync.Core.Http;
using SpotifySync.Core.Ports;
using Xunit;

namespace SpotifySync.Core.Tests.Http;

public sealed class FormEncodingTests
{
    [Fact]
    public void Fields_are_percent_encoded_in_order()
    {
        var form = FormEncoding.Encode(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = "AQDz9r3+/=~é",
        });

        Assert.Equal("grant_type=refresh_token&refresh_token=AQDz9r3%2B%2F%3D~%C3%A9", form);
    }

    [Theory]
    [InlineData("7", 7)]
    [InlineData(" 48925 ", 48925)]
    [InlineData("Wed, 21 Oct 2026 07:28:00 GMT", null)]
    [InlineData("-3", null)]
    public void Retry_after_is_whole_seconds(string header, int? seconds)
    {
        var result = new HttpResult { Status = 429, Headers = new Dictionary<string, string> { ["retry-after"] = header } };

        Assert.Equal(seconds, RetryAfter.Seconds(result));
    }

    [Fact]
    public void Retry_after_is_null_without_the_header()
    {
        Assert.Null(RetryAfter.Seconds(new HttpResult { Status = 429 }));
    }
}
