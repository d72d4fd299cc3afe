using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using AppsScript.Emulator.Quotas;
using AppsScript.Emulator.Tests.Support;
using Xunit;

namespace AppsScript.Emulator.Tests;

public class UrlFetchTests
{
    private static readonly DateTimeOffset Start = new ScriptEnvironmentOptions().StartTime;

    [Fact]
    public void Fetch_returns_the_code_text_and_headers_and_sends_apps_scripts_user_agent()
    {
        var service = new FakeService(_ => new FakeReply(200, """{"ok":true}""") { Headers = [new("X-Trace", "r1")] });
        using var environment = FakeEnvironment.Create(service);

        var result = Script.Eval(environment, """
            const response = UrlFetchApp.fetch('https://api.example.com/v1/me?x=1', { headers: { Authorization: 'Bearer abc' } });
            return [response.getResponseCode(), response.getContentText(), response.getHeaders()['X-Trace'], response.getHeaders()['Content-Type'], Object.keys(response.getHeaders())];
            """);

        Assert.Equal("""[200,"{\"ok\":true}","r1","application/json",["X-Trace","Content-Type","Content-Length"]]""", result.ReturnJson);
        var request = Assert.Single(service.Received);
        Assert.Equal("GET", request.Method);
        Assert.Equal("https://api.example.com/v1/me?x=1", request.Uri.ToString());
        Assert.Equal("Bearer abc", request.Headers["Authorization"]);
        Assert.Equal($"Mozilla/5.0 (compatible; Google-Apps-Script; beanserver; +https://script.google.com; id: {environment.ScriptId})", request.Headers["User-Agent"]);
        Assert.Equal(1, result.UrlFetchCount);
    }

    [Fact]
    public void An_object_payload_is_sent_form_encoded_and_a_string_payload_with_its_content_type()
    {
        var service = new FakeService(_ => new FakeReply());
        using var environment = FakeEnvironment.Create(service);

        Script.Eval(environment, """
            UrlFetchApp.fetch('https://api.example.com/token', { method: 'post', payload: { grant_type: 'refresh_token', note: 'a b&c' } });
            UrlFetchApp.fetch('https://api.example.com/pages', { method: 'post', contentType: 'application/json', payload: JSON.stringify({ a: 1 }) });
            UrlFetchApp.fetch('https://api.example.com/raw', { method: 'put', payload: [-1, 0, 65] });
            """);

        var received = service.Received;
        Assert.Equal(("POST", "application/x-www-form-urlencoded", "grant_type=refresh_token&note=a%20b%26c"), (received[0].Method, received[0].Headers["Content-Type"], received[0].Text));
        Assert.Equal(("POST", "application/json", """{"a":1}"""), (received[1].Method, received[1].Headers["Content-Type"], received[1].Text));
        Assert.Equal("PUT", received[2].Method);
        Assert.Equal([255, 0, 65], received[2].Body!);
    }

    [Fact]
    public void A_failed_request_throws_apps_scripts_error_which_the_script_can_catch()
    {
        var service = new FakeService(_ => new FakeReply(404, """{"error":{"status":404,"message":"Not found"}}"""));
        using var environment = FakeEnvironment.Create(service);

        var result = Script.Eval(environment, """
            try { UrlFetchApp.fetch('https://api.example.com/v1/tracks/1'); } catch (e) { return [e.name, e.message, String(e)]; }
            """);

        const string message = """Request failed for https://api.example.com returned code 404. Truncated server response: {"error":{"status":404,"message":"Not found"}} (use muteHttpExceptions option to examine full response)""";
        Assert.Equal(["Exception", message, "Exception: " + message], result.Return!.AsArray().Select(node => node!.GetValue<string>()));
    }

    [Fact]
    public void The_failure_message_truncates_a_long_response_to_250_characters()
    {
        var body = new string('x', 300);
        using var environment = FakeEnvironment.Create(new FakeService(_ => new FakeReply(500, body, "text/plain")));

        var error = Script.Fail(environment, "UrlFetchApp.fetch('https://api.example.com:8443/x');");

        Assert.Equal($"Request failed for https://api.example.com:8443 returned code 500. Truncated server response: {new string('x', 250)}... (use muteHttpExceptions option to examine full response)", error.Message);
    }

    [Fact]
    public void With_muteHttpExceptions_a_failed_request_returns_its_response()
    {
        using var environment = FakeEnvironment.Create(new FakeService(_ => new FakeReply(429, "slow down") { Headers = [new("Retry-After", "3")] }));

        var result = Script.Eval(environment, """
            const response = UrlFetchApp.fetch('https://api.example.com/x', { muteHttpExceptions: true });
            return [response.getResponseCode(), response.getContentText(), response.getHeaders()['Retry-After']];
            """);

        Assert.Equal("""[429,"slow down","3"]""", result.ReturnJson);
    }

    [Fact]
    public void Content_is_signed_bytes_and_text_follows_the_charset()
    {
        var latin1 = Encoding.Latin1.GetBytes("café");
        using var environment = FakeEnvironment.Create(new FakeService(_ => new FakeReply(200, "", "text/plain; charset=ISO-8859-1") { Bytes = [.. latin1, 0xFF] }));

        var result = Script.Eval(environment, """
            const response = UrlFetchApp.fetch('https://api.example.com/x');
            return [response.getContent(), response.getContentText().slice(0, 4), response.getBlob().getContentType(), Array.isArray(response.getContent())];
            """);

        Assert.Equal("""[[99,97,102,-23,-1],"café","text/plain; charset=ISO-8859-1",true]""", result.ReturnJson);
    }

    [Fact]
    public void Repeated_headers_are_arrays_in_getAllHeaders()
    {
        using var environment = FakeEnvironment.Create(new FakeService(_ => new FakeReply { Headers = [new("Set-Cookie", "a=1"), new("Set-Cookie", "b=2")] }));

        var result = Script.Eval(environment, """
            const response = UrlFetchApp.fetch('https://api.example.com/x');
            return [response.getAllHeaders()['Set-Cookie'], response.getHeaders()['Set-Cookie']];
            """);

        Assert.Equal("""[["a=1","b=2"],"a=1, b=2"]""", result.ReturnJson);
    }

    [Fact]
    public void Redirects_are_followed_unless_followRedirects_is_false()
    {
        var service = new FakeService(request => request.Uri.AbsolutePath == "/old"
            ? new FakeReply(302) { Headers = [new("Location", "/new")] }
            : new FakeReply(200, "moved here", "text/plain"));
        using var environment = FakeEnvironment.Create(service);

        var result = Script.Eval(environment, """
            return [UrlFetchApp.fetch('https://api.example.com/old').getContentText(),
                    UrlFetchApp.fetch('https://api.example.com/old', { followRedirects: false }).getResponseCode()];
            """);

        Assert.Equal("""["moved here",302]""", result.ReturnJson);
        Assert.Equal(["/old", "/new", "/old"], service.Received.Select(request => request.Uri.AbsolutePath));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_services_latency_is_spent_by_the_waiting_execution(bool blocking)
    {
        using var environment = FakeEnvironment.Create(new FakeService(_ => new FakeReply { Latency = TimeSpan.FromMilliseconds(1500) }) { BlockingLatency = blocking });

        var result = Script.Eval(environment, """
            const before = Date.now();
            UrlFetchApp.fetch('https://api.example.com/x');
            return Date.now() - before;
            """);

        Assert.Equal("1500", result.ReturnJson);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), result.Duration);
        Assert.Equal(Start + TimeSpan.FromMilliseconds(1500), environment.Clock.GetUtcNow());
    }

    [Fact]
    public void FetchAll_sends_in_parallel_and_costs_the_slowest_request()
    {
        var latencies = new[] { 1000, 3000, 2000 };
        var service = new FakeService(request => new FakeReply(200, request.Uri.AbsolutePath) { Latency = TimeSpan.FromMilliseconds(latencies[int.Parse(request.Uri.AbsolutePath[1..])]) });
        using var environment = FakeEnvironment.Create(service);

        var result = Script.Eval(environment, """
            const before = Date.now();
            const responses = UrlFetchApp.fetchAll(['https://api.example.com/0', { url: 'https://api.example.com/1', method: 'post', payload: 'x' }, 'https://api.example.com/2']);
            return [responses.map(r => r.getContentText()), Date.now() - before];
            """);

        Assert.Equal("""[["/0","/1","/2"],3000]""", result.ReturnJson);
        Assert.Equal(3, result.UrlFetchCount);
        Assert.All(service.Received, request => Assert.Equal(Start, request.ArrivedAt));
        Assert.Equal(TimeSpan.FromSeconds(3), result.Duration);
    }

    [Fact]
    public void FetchAll_throws_for_a_failed_request_without_muteHttpExceptions()
    {
        using var environment = FakeEnvironment.Create(new FakeService(request => new FakeReply(request.Uri.AbsolutePath == "/bad" ? 503 : 200, "down")));

        var error = Script.Fail(environment, "UrlFetchApp.fetchAll(['https://api.example.com/ok', 'https://api.example.com/bad']);");

        Assert.StartsWith("Request failed for https://api.example.com returned code 503.", error.Message);
    }

    [Fact]
    public void GetRequest_shows_the_request_without_sending_it()
    {
        var service = new FakeService(_ => new FakeReply());
        using var environment = FakeEnvironment.Create(service);

        var result = Script.Eval(environment, """
            const request = UrlFetchApp.getRequest('https://api.example.com/token', { method: 'post', payload: { a: '1' }, headers: { X: 'y' } });
            return [request.url, request.method, request.contentType, request.payload, request.headers.X, request.followRedirects];
            """);

        Assert.Equal("""["https://api.example.com/token","post","application/x-www-form-urlencoded","a=1","y",true]""", result.ReturnJson);
        Assert.Empty(service.Received);
    }

    [Fact]
    public void The_daily_urlfetch_quota_is_enforced_and_resets_24_hours_after_the_first_call()
    {
        var options = new ScriptEnvironmentOptions { Limits = PlatformLimits.Consumer with { UrlFetchCallsPerDay = 3 } };
        using var environment = FakeEnvironment.Create(new FakeService(_ => new FakeReply()), options);

        Script.Eval(environment, "UrlFetchApp.fetchAll(['https://a.example.com/', 'https://a.example.com/']); UrlFetchApp.fetch('https://a.example.com/');");
        var error = Script.Fail(environment, "UrlFetchApp.fetch('https://a.example.com/');");

        Assert.Equal("Service invoked too many times for one day: urlfetch.", error.Message);
        Assert.Equal(3, environment.Quotas.UrlFetchCalls.Used);
        environment.RunUntil(Start + TimeSpan.FromHours(24));
        Script.Eval(environment, "UrlFetchApp.fetch('https://a.example.com/');");
        Assert.Equal(1, environment.Quotas.UrlFetchCalls.Used);
    }

    [Fact]
    public void Transport_failures_read_as_apps_scripts_errors()
    {
        using var environment = FakeEnvironment.Create(new FakeService(request => request.Uri.Host == "nowhere.example"
            ? throw new HttpRequestException(HttpRequestError.NameResolutionError, "No such host is known.")
            : throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused")));

        Assert.Equal("DNS error: https://nowhere.example/x", Script.Fail(environment, "UrlFetchApp.fetch('https://nowhere.example/x');").Message);
        Assert.Equal("Address unavailable: https://down.example/x", Script.Fail(environment, "UrlFetchApp.fetch('https://down.example/x');").Message);
    }

    [Fact]
    public void Bad_arguments_get_apps_scripts_errors()
    {
        using var environment = FakeEnvironment.Create(new FakeService(_ => new FakeReply()));

        Assert.Equal("Invalid argument: not a url", Script.Fail(environment, "UrlFetchApp.fetch('not a url');").Message);
        Assert.Equal("Attribute provided with invalid value: method", Script.Fail(environment, "UrlFetchApp.fetch('https://a.example.com/', { method: 'fetch' });").Message);
        Assert.Equal("Limit exceeded: URLFetch URL Length.", Script.Fail(environment, "UrlFetchApp.fetch('https://a.example.com/' + 'x'.repeat(2100));").Message);
        Assert.Equal("The parameters () don't match the method signature for UrlFetchApp.fetch.", Script.Fail(environment, "UrlFetchApp.fetch();").Message);
    }
}
