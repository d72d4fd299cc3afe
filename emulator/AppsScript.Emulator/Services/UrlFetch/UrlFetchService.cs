using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Emulator.Interop;
using AppsScript.Emulator.Quotas;
using Jint;
using Jint.Runtime;
using Jint.Native;
using Jint.Native.Object;

namespace AppsScript.Emulator.Services.UrlFetch;

/// <summary>
/// <c>UrlFetchApp</c>: <c>fetch</c>, <c>fetchAll</c> (in parallel: it costs the slowest request's time) and
/// <c>getRequest</c>. Each request counts against the execution's fetch count and the daily urlfetch quota;
/// a response of 400 or more throws Apps Script's "Request failed" error unless <c>muteHttpExceptions</c>.
/// </summary>
internal static class UrlFetchService
{
    public static HostObject Create(JsHost host)
    {
        var execution = host.Execution;
        var quota = execution.Environment.Quotas.UrlFetchCalls;
        return host.Object("UrlFetchApp")
            .Method("fetch", 1, arguments =>
            {
                var request = FetchRequest.Parse(host, arguments.At(0), arguments.At(1));
                QuotaCounters.Use(quota);
                execution.CountFetches(1);
                return Answer(host, request, FetchTransport.Send(execution, request));
            })
            .Method("fetchAll", 1, arguments =>
            {
                var requests = Requests(host, arguments.At(0));
                QuotaCounters.Use(quota, requests.Count);
                execution.CountFetches(requests.Count);
                var responses = execution.RunInParallel(requests.Select(request => (Func<FetchResponse>)(() => FetchTransport.Send(execution, request))).ToList());
                return host.Array(requests.Zip(responses, (request, response) => Answer(host, request, response)));
            })
            .Method("getRequest", 1, arguments => FetchRequest.Parse(host, arguments.At(0), arguments.At(1)).ToJs(host));
    }

    private static JsValue Answer(JsHost host, FetchRequest request, FetchResponse response)
    {
        if (!request.MuteHttpExceptions && response.StatusCode >= 400) throw response.Failure(request.Url);
        return new HttpResponseObject(host, response);
    }

    /// <summary><c>fetchAll</c>'s requests: each a URL string or an object with <c>url</c> and the fetch options.</summary>
    private static List<FetchRequest> Requests(JsHost host, JsValue requests)
    {
        var parsed = new List<FetchRequest>();
        foreach (var item in requests.Elements() ?? throw AppsScriptException.InvalidArgument("requests"))
        {
            parsed.Add(item is ObjectInstance options
                ? FetchRequest.Parse(host, options.Get("url"), options)
                : FetchRequest.Parse(host, item, JsValue.Undefined));
        }
        return parsed;
    }
}
