using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using AppsScript.Emulator.Interop;
using AppsScript.Emulator.Services.Utilities;
using Jint;
using Jint.Native;
using Jint.Native.Object;

namespace AppsScript.Emulator.Services.UrlFetch;

/// <summary>
/// A request as UrlFetchApp reads <c>(url, params)</c>: <c>method</c> (default get), <c>headers</c>,
/// <c>payload</c> (a string, bytes, a Blob, or an object sent as form fields, multipart when a field is a
/// Blob), <c>contentType</c> (default <c>application/x-www-form-urlencoded</c>), <c>muteHttpExceptions</c>,
/// <c>followRedirects</c>, <c>validateHttpsCertificates</c> and <c>escaping</c>.
/// </summary>
internal sealed record FetchRequest(
    string Url,
    string Method,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    byte[]? Payload,
    string? PayloadText,
    string? ContentType,
    bool MuteHttpExceptions,
    bool FollowRedirects,
    bool ValidateHttpsCertificates,
    bool Escaping)
{
    private const string FormContentType = "application/x-www-form-urlencoded";
    private static readonly string[] Methods = ["get", "delete", "patch", "post", "put", "head", "options"];

    public static FetchRequest Parse(JsHost host, JsValue url, JsValue parameters)
    {
        var options = parameters as ObjectInstance;
        if (url.IsAbsent()) throw new AppsScriptException("Attribute provided with no value: url");
        var address = url.AsText();
        var limits = host.Execution.Environment.Limits;
        if (address.Length > limits.UrlFetchUrlLength) throw new AppsScriptException("Limit exceeded: URLFetch URL Length.");
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new AppsScriptException($"Invalid argument: {address}");
        }
        var method = (Option(options, "method")?.AsText() ?? "get").ToLowerInvariant();
        if (!Methods.Contains(method)) throw new AppsScriptException("Attribute provided with invalid value: method");
        var headers = new List<KeyValuePair<string, string>>();
        if (Option(options, "headers") is ObjectInstance headerObject)
        {
            headers.AddRange(headerObject.Keys().Select(name => new KeyValuePair<string, string>(name, headerObject.Get(name).AsText())));
        }
        var contentType = Option(options, "contentType")?.AsText();
        byte[]? payload = null;
        string? payloadText = null;
        switch (Option(options, "payload"))
        {
            case null:
                break;
            case BlobObject blob:
                payload = blob.Bytes;
                contentType ??= blob.ContentType;
                break;
            case JsValue bytes when bytes.Elements() is not null:
                payload = bytes.AsBytes();
                break;
            case ObjectInstance fields:
                (payload, var formType) = Form(host, fields);
                payloadText = formType == FormContentType ? Encoding.UTF8.GetString(payload) : null;
                contentType = formType == FormContentType ? contentType ?? formType : formType;
                break;
            case JsValue text:
                payloadText = text.AsText();
                payload = Encoding.UTF8.GetBytes(payloadText);
                break;
        }
        if (payload is not null)
        {
            if (payload.Length > limits.UrlFetchPayloadBytes) throw new AppsScriptException("Limit exceeded: URLFetch POST Size.");
            contentType ??= FormContentType;
        }
        return new FetchRequest(address, method, headers, payload, payloadText, contentType,
            Option(options, "muteHttpExceptions")?.Truthy() ?? false,
            Option(options, "followRedirects")?.Truthy() ?? true,
            Option(options, "validateHttpsCertificates")?.Truthy() ?? true,
            Option(options, "escaping")?.Truthy() ?? true);
    }

    /// <summary>What <c>UrlFetchApp.getRequest</c> returns: the request UrlFetchApp would send.</summary>
    public JsValue ToJs(JsHost host)
    {
        var request = new JsObject(host.Engine);
        request.Set("url", Url);
        request.Set("method", Method);
        var headers = new JsObject(host.Engine);
        foreach (var (name, value) in Headers) headers.Set(name, value);
        request.Set("headers", headers);
        request.Set("contentType", host.String(ContentType));
        request.Set("payload", PayloadText is not null ? PayloadText : Payload is not null ? host.SignedBytes(Payload) : "");
        request.Set("followRedirects", FollowRedirects);
        request.Set("validateHttpsCertificates", ValidateHttpsCertificates);
        request.Set("useIntranet", false);
        request.Set("muteHttpExceptions", MuteHttpExceptions);
        return request;
    }

    public HttpMethod HttpMethod => new(Method.ToUpperInvariant());

    private static JsValue? Option(ObjectInstance? options, string name) => options?.Get(name) is { } value && !value.IsUndefined() ? value : null;

    /// <summary>An object payload: form-encoded fields, or multipart form data when a field holds a Blob.</summary>
    private static (byte[] Body, string ContentType) Form(JsHost host, ObjectInstance fields)
    {
        var names = fields.Keys();
        if (!names.Any(name => fields.Get(name) is BlobObject))
        {
            var form = string.Join("&", names.Select(name => $"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(fields.Get(name).AsText())}"));
            return (Encoding.UTF8.GetBytes(form), FormContentType);
        }
        var boundary = "----AppsScriptFormBoundary" + host.Execution.Environment.Ids.Text(16);
        using var body = new MemoryStream();
        void Write(string text) => body.Write(Encoding.UTF8.GetBytes(text));
        foreach (var name in names)
        {
            Write($"--{boundary}\r\n");
            if (fields.Get(name) is BlobObject blob)
            {
                Write($"Content-Disposition: form-data; name=\"{name}\"; filename=\"{blob.Name ?? name}\"\r\n");
                Write($"Content-Type: {blob.ContentType ?? "application/octet-stream"}\r\n\r\n");
                body.Write(blob.Bytes);
                Write("\r\n");
            }
            else
            {
                Write($"Content-Disposition: form-data; name=\"{name}\"\r\n\r\n{fields.Get(name).AsText()}\r\n");
            }
        }
        Write($"--{boundary}--\r\n");
        return (body.ToArray(), $"multipart/form-data; boundary={boundary}");
    }
}
