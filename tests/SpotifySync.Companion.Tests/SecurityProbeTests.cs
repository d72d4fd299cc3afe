using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using SpotifySync.Companion.Ports;
using SpotifySync.Companion.Server;
using SpotifySync.Core.Webhooks;
using SpotifySync.Tests.Security;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary>
/// What someone who found the tunnel's address could send the server, sent to the real server on loopback: each probe
/// of docs/security.md's server table, with what came back, how many 5xx, and whether SPOTIFY_SYNC_HOME changed (its
/// files but the logs). The document must show exactly the table these probes give.
/// </summary>
public sealed class SecurityProbeTests
{
    private const string Notification = """{"event":"syncSpotifyToNotion","created":0,"ids":[]}""";

    private static readonly (string Method, string Path, string? Body)[] SignedRoutes =
    [
        ("GET", "/gas/status", null),
        ("POST", "/gas/webhook", Notification),
        ("POST", "/gas/trigger-sync", """{"mode":"incremental"}"""),
        ("POST", "/gas/config", """{"syncMode":"manual"}"""),
    ];

    [Fact]
    public async Task The_servers_probes_give_the_table_docs_security_md_shows_with_no_5xx_and_no_refused_request_changing_state()
    {
        await using var api = await LoopbackApi.StartAsync();
        // The one request accepted before the probes: its replays are probed.
        var accepted = DateTimeOffset.UtcNow.AddSeconds(-30);
        (await api.PostAsync("/gas/webhook", Notification, accepted)).Dispose();
        var rows = new List<ProbeTable.Row>();
        foreach (var (name, send) in Probes(accepted))
        {
            var before = Snapshot(api.Sandbox.Home);
            var answers = await send(api);
            rows.Add(new ProbeTable.Row(name, answers, answers.Count(answer => answer.StartsWith('5')), !Same(before, Snapshot(api.Sandbox.Home))));
        }

        Assert.All(rows.Where(row => !row.Answers.Contains("200")), row => Assert.False(row.StateChanged, $"{row.Probe} changed the state"));
        Assert.All(rows, row => Assert.Equal(0, row.Failures));
        Assert.Equal(ProbeTable.Render(rows, "5xx"), ProbeTable.Documented(Path.Combine(RepositoryDist.Root(), "docs", "security.md"), "server"));
    }

    /// <param name="accepted">When the request the server accepted before the probes was signed.</param>
    private static IEnumerable<(string Name, Func<LoopbackApi, Task<IReadOnlyList<string>>> Send)> Probes(DateTimeOffset accepted)
    {
        yield return ("unsigned, to each signed route", api => Each(SignedRoutes, route => Send(api, route, timestamp: "", signature: "")));
        yield return ("signed with another secret", api => Each(SignedRoutes, route => Send(api, route, secret: "another-secret")));
        yield return ("signed 6 minutes ago, or 6 minutes ahead", api => Each(SignedRoutes.SelectMany(route => new[] { (route, -6), (route, 6) }),
            probe => Send(api, probe.route, at: DateTimeOffset.UtcNow.AddMinutes(probe.Item2))));
        yield return ("timestamp not Unix seconds: abc, -5, 1e9, an ISO date, 20 digits", api => Each(new[] { "abc", "-5", "1e9", "2026-12-04T18:00:00Z", "99999999999999999999" },
            timestamp => Send(api, SignedRoutes[1], timestamp: timestamp)));
        yield return ("signature missing, not hex, cut short, or another body's", api => Each(new[] { "", new string('z', 64), Sign(0, Notification)[..32], Sign(0, "{}") },
            signature => Send(api, SignedRoutes[1], signature: signature)));
        yield return ("body changed after signing", api => Each(new[] { Notification.Replace("0", "9", StringComparison.Ordinal) },
            body => Send(api, ("POST", "/gas/webhook", body), signature: Sign(DateTimeOffset.UtcNow.ToUnixTimeSeconds(), Notification))));
        yield return ("a GET signed for another path, or sent with a query it was not signed with", api => Each(new[] { ("/gas/status", "GET /gas/health"), ("/gas/status?all=1", "GET /gas/status") },
            probe => Send(api, ("GET", probe.Item1, null), signature: Sign(DateTimeOffset.UtcNow.ToUnixTimeSeconds(), probe.Item2))));
        yield return ("an accepted request sent again, to its route and to another", api => Each(new[] { "/gas/webhook", "/gas/config" },
            path => Send(api, ("POST", path, Notification), at: accepted)));
        yield return ("ten copies of one new request at once", async api =>
        {
            var at = DateTimeOffset.UtcNow.AddSeconds(-20);
            return await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Send(api, SignedRoutes[1], at: at)));
        });
        // Written by hand: the server answers 413 before the body is all sent, which HttpClient, still sending, may report as a broken connection.
        yield return ("body over 64 KB, with a Content-Length and chunked", api => Each(new[]
        {
            $"Content-Length: {RequestBodyReader.MaxBodyBytes + 1}\r\n\r\n",
            $"Transfer-Encoding: chunked\r\n\r\n{RequestBodyReader.MaxBodyBytes + 1:x}\r\n{new string('a', RequestBodyReader.MaxBodyBytes + 1)}\r\n0\r\n\r\n",
        }, async rest => Label(await RawHttp.SendAsync(api.Server.BaseAddress, $"POST /gas/webhook HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n{rest}", TimeSpan.FromMinutes(1)))));
        yield return ("chunked encoding broken", api => Each(new[] { "zz\r\n{}\r\n0\r\n\r\n" }, async chunks =>
            Label(await RawHttp.SendAsync(api.Server.BaseAddress, $"POST /gas/webhook HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n{chunks}", TimeSpan.FromMinutes(1)))));
        yield return ("body stalled after its first bytes", api => Each(new[] { "{\"event\":" }, async start =>
            Label(await RawHttp.SendAsync(api.Server.BaseAddress, $"POST /gas/webhook HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{start}", TimeSpan.FromMinutes(1)))));
        yield return ("headers stalled halfway", api => Each(new[] { "X-SpotifySync-Timestamp: 1" }, async header =>
            Label(await RawHttp.SendAsync(api.Server.BaseAddress, $"POST /gas/webhook HTTP/1.1\r\nHost: x\r\n{header}", TimeSpan.FromMinutes(1)))));
        yield return ("Content-Type text/plain, a form, or none", api => Each(new[] { "text/plain", "application/x-www-form-urlencoded", null },
            type => Send(api, SignedRoutes[1], contentType: type)));
        yield return ("body not UTF-8, signed over its bytes", api => Each(new[] { new byte[] { 0x7b, 0x22, 0x65, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d } }, async bytes =>
        {
            var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            using var request = new HttpRequestMessage(HttpMethod.Post, "/gas/webhook") { Content = new ByteArrayContent(bytes) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.Add(WebhookSignature.TimestampHeader, $"{timestamp}");
            request.Headers.Add(WebhookSignature.SignatureHeader, Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(CompanionSandbox.WebhookSecret), Encoding.UTF8.GetBytes($"{timestamp}.").Concat(bytes).ToArray())));
            using var response = await api.Http.SendAsync(request);
            return Label(response);
        }));
        yield return ("half a surrogate pair, \\ud800, in a signed body", api => Each(new[] { """{"event":"\ud800"}""", """{"event":"x","ids":["\udc00"]}""" },
            body => Send(api, ("POST", "/gas/webhook", body))));
        yield return ("signed bodies that are not JSON: cut short, text, nested 1,000 deep", api => Each(new[] { "{\"event\":", "hello", new string('[', 1000) + new string(']', 1000) },
            body => Send(api, ("POST", "/gas/webhook", body))));
        yield return ("signed JSON that is no object: an array, a number, null", api => Each(new[] { "[]", "42", "null" }, body => Send(api, ("POST", "/gas/webhook", body))));
        yield return ("fields of the wrong type, or unknown", api => Each(new[]
        {
            ("/gas/webhook", """{"event":42}"""), ("/gas/webhook", """{"event":"x","created":"3"}"""), ("/gas/webhook", """{"event":"x","created":1e20}"""),
            ("/gas/webhook", """{"event":"x","ids":"x"}"""), ("/gas/trigger-sync", """{"mode":7}"""), ("/gas/config", """{"enabled":"yes"}"""),
            ("/gas/config", """{"trigger_interval_minutes":5.5}"""), ("/gas/webhook", """{"event":"x","startRun":true}"""),
        }, probe => Send(api, ("POST", probe.Item1, probe.Item2))));
        yield return ("values out of range, or contradicting each other", api => Each(new[]
        {
            ("/gas/webhook", """{"event":"x","created":-1}"""), ("/gas/webhook", $$"""{"event":"{{new string('e', 101)}}"}"""), ("/gas/trigger-sync", """{"mode":"hourly"}"""),
            ("/gas/config", """{"syncMode":"never"}"""), ("/gas/config", """{"trigger_interval_minutes":7}"""), ("/gas/config", """{"enabled":true,"syncEnabled":false}"""),
        }, probe => Send(api, ("POST", probe.Item1, probe.Item2))));
        yield return ("control or format characters in an event name: \\n, \\r, \\u0085, \\u2028, \\u202e, \\u0000", api => Each(new[] { "\\n", "\\r", "\\u0085", "\\u2028", "\\u202e", "\\u0000" },
            character => Send(api, ("POST", "/gas/webhook", $$"""{"event":"ok{{character}}[ERR] forged"}"""))));
        yield return ("GET /gas/health, the one unsigned route", api => Each(new[] { "/gas/health" }, async path =>
        {
            using var response = await api.Http.GetAsync(path);
            return Label(response);
        }));
    }

    private static async Task<IReadOnlyList<string>> Each<T>(IEnumerable<T> items, Func<T, Task<string>> send)
    {
        var answers = new List<string>();
        foreach (var item in items) answers.Add(await send(item));
        return answers;
    }

    private static async Task<string> Send(LoopbackApi api, (string Method, string Path, string? Body) route, DateTimeOffset? at = null, string secret = CompanionSandbox.WebhookSecret,
        string? timestamp = null, string? signature = null, string? contentType = "application/json")
    {
        using var response = await api.SendAsync(new HttpMethod(route.Method), route.Path, route.Body, contentType, at, secret, timestamp, signature);
        return Label(response);
    }

    private static string Sign(long timestamp, string text) => WebhookSignature.Sign(new DotNetCrypto(), CompanionSandbox.WebhookSecret, timestamp, text);

    private static string Label(HttpResponseMessage response) => $"{(int)response.StatusCode}";

    private static string Label(int? status) => status is { } code ? $"{code}" : "closed";

    /// <summary>The files of the companion's home but its logs, with their content.</summary>
    private static Dictionary<string, string> Snapshot(string home) =>
        Directory.Exists(home)
            ? Directory.EnumerateFiles(home, "*", SearchOption.AllDirectories)
                .Where(file => !Path.GetRelativePath(home, file).StartsWith("logs", StringComparison.Ordinal))
                .ToDictionary(file => Path.GetRelativePath(home, file), File.ReadAllText)
            : [];

    private static bool Same(Dictionary<string, string> before, Dictionary<string, string> after) =>
        before.Count == after.Count && before.All(file => after.TryGetValue(file.Key, out var content) && content == file.Value);
}
