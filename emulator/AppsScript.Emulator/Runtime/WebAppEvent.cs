using System.Collections.Generic;
using System.Linq;
using AppsScript.Emulator.Interop;
using Jint;
using Jint.Native;

namespace AppsScript.Emulator.Runtime;

/// <summary>
/// The event object of <c>doGet(e)</c>/<c>doPost(e)</c> ("Web Apps", request parameters): <c>queryString</c>
/// (null without one), <c>parameter</c> (each name's first value), <c>parameters</c> (all values),
/// <c>pathInfo</c> (only when the URL has a path after <c>/exec</c>), <c>contextPath</c> (""),
/// <c>contentLength</c> (-1 for a GET) and, for a POST, <c>postData</c>.
/// </summary>
internal static class WebAppEvent
{
    public static JsValue Create(JsHost host, WebAppRequest request, IReadOnlyList<KeyValuePair<string, string>>? extraParameters = null)
    {
        var parameters = request.Parameters().Concat(extraParameters ?? []).ToList();
        var e = new JsObject(host.Engine);
        e.Set("queryString", host.String(string.IsNullOrEmpty(request.QueryString) ? null : request.QueryString));
        var first = new JsObject(host.Engine);
        var all = new JsObject(host.Engine);
        foreach (var group in parameters.GroupBy(parameter => parameter.Key))
        {
            first.Set(group.Key, group.First().Value);
            all.Set(group.Key, host.Strings(group.Select(parameter => parameter.Value)));
        }
        e.Set("parameter", first);
        e.Set("parameters", all);
        if (!string.IsNullOrEmpty(request.PathInfo)) e.Set("pathInfo", request.PathInfo);
        e.Set("contextPath", "");
        e.Set("contentLength", request.ContentLength);
        if (request.Body is not null)
        {
            var postData = new JsObject(host.Engine);
            postData.Set("length", request.ContentLength);
            postData.Set("type", host.String(request.ContentType));
            postData.Set("contents", request.Body);
            postData.Set("name", "postData");
            e.Set("postData", postData);
        }
        return e;
    }
}
