using System.Linq;
using AppsScript.Emulator.Interop;
using AppsScript.Emulator.Services.Utilities;
using Jint.Native;

using Jint.Runtime;

namespace AppsScript.Emulator.Services.UrlFetch;

/// <summary>
/// <c>HTTPResponse</c>: <c>getResponseCode</c>, <c>getContentText([charset])</c>, <c>getContent</c> (signed
/// bytes), <c>getBlob</c>, <c>getHeaders</c> (one string per header, repeated values joined by ", ") and
/// <c>getAllHeaders</c> (repeated values as arrays).
/// </summary>
internal sealed class HttpResponseObject : HostObject
{
    public HttpResponseObject(JsHost host, FetchResponse response)
        : base(host, "UrlFetchApp.HTTPResponse")
    {
        Method("getResponseCode", 0, _ => response.StatusCode);
        Method("getContentText", 0, arguments => response.Text(arguments.At(0).AsOptionalText()));
        Method("getContent", 0, _ => host.SignedBytes(response.Body));
        Method("getBlob", 0, _ => new BlobObject(host, response.Body.ToArray(), response.Header("Content-Type"), null));
        Method("getHeaders", 0, _ =>
        {
            var headers = new JsObject(host.Engine);
            foreach (var (name, values) in response.Headers) headers.Set(name, string.Join(", ", values));
            return headers;
        });
        Method("getAllHeaders", 0, _ =>
        {
            var headers = new JsObject(host.Engine);
            foreach (var (name, values) in response.Headers) headers.Set(name, values.Length == 1 ? new JsString(values[0]) : host.Strings(values));
            return headers;
        });
    }
}
