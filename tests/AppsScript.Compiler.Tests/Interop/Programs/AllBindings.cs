using System.Collections.Generic;
using AppsScript.Interop;
using AppsScript.Interop.Events;
using AppsScript.Interop.JavaScript;
using AppsScript.Interop.Services;

// Calls every member of the Apps Script bindings. The test compiles it, gives each function below JSDoc
// types derived from its C# signature, and requires `tsc --checkJs` with @types/google-apps-script to
// report nothing: names, arity, argument and result types of the bindings then match the real API.
[GlobalFunctions]
public static class Program
{
    // ---- UrlFetchApp ----------------------------------------------------------------------------------

    public static HTTPResponse FetchPlain(string url) => UrlFetchApp.Fetch(url);

    public static HTTPResponse FetchWithOptions(string url, string contentType, Dictionary<string, string> headers, string payload,
        bool validate, bool follow, bool mute, bool escaping) =>
        UrlFetchApp.Fetch(url, new UrlFetchRequestOptions
        {
            ContentType = contentType,
            Headers = headers,
            Method = HttpMethod.Post,
            Payload = payload,
            ValidateHttpsCertificates = validate,
            FollowRedirects = follow,
            MuteHttpExceptions = mute,
            Escaping = escaping,
        });

    public static HTTPResponse FetchEachMethod(string url)
    {
        UrlFetchApp.Fetch(url, new UrlFetchRequestOptions { Method = HttpMethod.Get });
        UrlFetchApp.Fetch(url, new UrlFetchRequestOptions { Method = HttpMethod.Delete });
        UrlFetchApp.Fetch(url, new UrlFetchRequestOptions { Method = HttpMethod.Patch });
        return UrlFetchApp.Fetch(url, new UrlFetchRequestOptions { Method = HttpMethod.Put });
    }

    public static HTTPResponse FetchBlobPayload(string url, Blob blob) =>
        UrlFetchApp.Fetch(url, new UrlFetchRequestOptions { Method = HttpMethod.Post, Payload = blob });

    public static HTTPResponse[] FetchMany(string first, string second, Dictionary<string, string> headers) =>
        UrlFetchApp.FetchAll(new[]
        {
            new UrlFetchRequest { Url = first },
            new UrlFetchRequest { Url = second, Method = HttpMethod.Post, Headers = headers, MuteHttpExceptions = true },
        });

    public static UrlFetchRequest RequestOf(string url) => UrlFetchApp.GetRequest(url);

    public static string DescribeRequest(string url)
    {
        var request = UrlFetchApp.GetRequest(url, new UrlFetchRequestOptions { Method = HttpMethod.Put, ContentType = "application/json", Payload = "{}" });
        return request.Url + " " + request.Method + " " + request.ContentType + " " + request.Payload
            + " " + request.MuteHttpExceptions + " " + request.FollowRedirects + " " + request.ValidateHttpsCertificates + " " + request.Escaping;
    }

    public static int ResponseCode(HTTPResponse response) => response.GetResponseCode();

    public static string ResponseText(HTTPResponse response) => response.GetContentText();

    public static string ResponseTextIn(HTTPResponse response, string charset) => response.GetContentText(charset);

    public static sbyte[] ResponseBytes(HTTPResponse response) => response.GetContent();

    public static Blob ResponseBlob(HTTPResponse response) => response.GetBlob();

    // The typings declare getHeaders() as a bare object, which no map type is assignable from.
    public static object ResponseHeaders(HTTPResponse response) => response.GetHeaders();

    public static Dictionary<string, object> ResponseAllHeaders(HTTPResponse response) => response.GetAllHeaders();

    // ---- PropertiesService ----------------------------------------------------------------------------

    public static Properties ScriptProperties() => PropertiesService.GetScriptProperties();

    public static Properties UserProperties() => PropertiesService.GetUserProperties();

    public static Properties? DocumentProperties() => PropertiesService.GetDocumentProperties();

    public static string? ReadProperty(Properties store, string key) => store.GetProperty(key);

    public static Properties WriteProperty(Properties store, string key, string value) => store.SetProperty(key, value);

    public static Properties DeleteProperty(Properties store, string key) => store.DeleteProperty(key);

    public static Dictionary<string, string> AllProperties(Properties store) => store.GetProperties();

    public static Properties WriteProperties(Properties store, Dictionary<string, string> values) => store.SetProperties(values);

    public static Properties ReplaceProperties(Properties store, Dictionary<string, string> values, bool deleteAllOthers) => store.SetProperties(values, deleteAllOthers);

    public static string[] PropertyKeys(Properties store) => store.GetKeys();

    public static Properties ClearProperties(Properties store) => store.DeleteAllProperties();

    // ---- CacheService ---------------------------------------------------------------------------------

    public static Cache ScriptCache() => CacheService.GetScriptCache();

    public static Cache UserCache() => CacheService.GetUserCache();

    public static Cache? DocumentCache() => CacheService.GetDocumentCache();

    public static string? CacheRead(Cache cache, string key) => cache.Get(key);

    public static Dictionary<string, string> CacheReadAll(Cache cache, List<string> keys) => cache.GetAll(keys);

    public static void CacheWrite(Cache cache, string key, string value, int seconds)
    {
        cache.Put(key, value);
        cache.Put(key, value, seconds);
    }

    public static void CacheWriteAll(Cache cache, Dictionary<string, string> values, int seconds)
    {
        cache.PutAll(values);
        cache.PutAll(values, seconds);
    }

    public static void CacheRemove(Cache cache, string key, string[] keys)
    {
        cache.Remove(key);
        cache.RemoveAll(keys);
    }

    // ---- LockService ----------------------------------------------------------------------------------

    public static Lock ScriptLock() => LockService.GetScriptLock();

    public static Lock UserLock() => LockService.GetUserLock();

    public static Lock? DocumentLock() => LockService.GetDocumentLock();

    public static bool UnderLock(Lock gate, int millis)
    {
        if (!gate.TryLock(millis)) gate.WaitLock(millis);
        try
        {
            return gate.HasLock();
        }
        finally
        {
            gate.ReleaseLock();
        }
    }

    // ---- ScriptApp ------------------------------------------------------------------------------------

    public static Trigger EveryMinutes(string handler, int minutes) => ScriptApp.NewTrigger(handler).TimeBased().EveryMinutes(minutes).Create();

    public static Trigger EveryHours(string handler, int hours) => ScriptApp.NewTrigger(handler).TimeBased().EveryHours(hours).Create();

    public static Trigger Once(string handler, int milliseconds) => ScriptApp.NewTrigger(handler).TimeBased().After(milliseconds).Create();

    public static TriggerBuilder TriggerFor(string handler) => ScriptApp.NewTrigger(handler);

    public static ClockTriggerBuilder ClockFor(TriggerBuilder builder) => builder.TimeBased();

    public static Trigger[] Triggers() => ScriptApp.GetProjectTriggers();

    public static void RemoveTrigger(Trigger trigger) => ScriptApp.DeleteTrigger(trigger);

    public static string DescribeTrigger(Trigger trigger) =>
        trigger.GetHandlerFunction() + " " + trigger.GetUniqueId() + " " + trigger.GetEventType();

    public static ScriptApp.EventType EventTypeOf(Trigger trigger) => trigger.GetEventType();

    public static bool IsClock(Trigger trigger) => trigger.GetEventType() == ScriptApp.EventType.CLOCK;

    public static ScriptApp.EventType[] EventTypes() => new[]
    {
        ScriptApp.EventType.CLOCK, ScriptApp.EventType.ON_OPEN, ScriptApp.EventType.ON_EDIT,
        ScriptApp.EventType.ON_FORM_SUBMIT, ScriptApp.EventType.ON_CHANGE, ScriptApp.EventType.ON_EVENT_UPDATED,
    };

    public static ScriptApp.AuthMode[] AuthModes() => new[]
    {
        ScriptApp.AuthMode.NONE, ScriptApp.AuthMode.CUSTOM_FUNCTION, ScriptApp.AuthMode.LIMITED, ScriptApp.AuthMode.FULL,
    };

    public static string StateToken(string method, string name, string value, int seconds) =>
        ScriptApp.NewStateToken().WithMethod(method).WithArgument(name, value).WithTimeout(seconds).CreateToken();

    public static StateTokenBuilder TokenBuilder() => ScriptApp.NewStateToken();

    public static Service WebAppService() => ScriptApp.GetService();

    public static string? WebAppUrl(Service service) => service.GetUrl();

    public static string ScriptId() => ScriptApp.GetScriptId();

    public static string OAuthToken() => ScriptApp.GetOAuthToken();

    // ---- Utilities ------------------------------------------------------------------------------------

    public static void Pause(int milliseconds) => Utilities.Sleep(milliseconds);

    public static string Encode(string text, sbyte[] bytes) =>
        Utilities.Base64Encode(text) + Utilities.Base64Encode(text, Utilities.Charset.UTF_8) + Utilities.Base64Encode(bytes)
        + Utilities.Base64EncodeWebSafe(text) + Utilities.Base64EncodeWebSafe(text, Utilities.Charset.US_ASCII) + Utilities.Base64EncodeWebSafe(bytes);

    public static sbyte[] Decode(string encoded) => Utilities.Base64Decode(encoded);

    public static sbyte[] DecodeIn(string encoded) => Utilities.Base64Decode(encoded, Utilities.Charset.UTF_8);

    public static sbyte[] DecodeWebSafe(string encoded) => Utilities.Base64DecodeWebSafe(encoded);

    public static sbyte[] DecodeWebSafeIn(string encoded) => Utilities.Base64DecodeWebSafe(encoded, Utilities.Charset.UTF_8);

    public static sbyte[] Sign(string value, string key) => Utilities.ComputeHmacSha256Signature(value, key);

    public static sbyte[] SignBytes(sbyte[] value, sbyte[] key) => Utilities.ComputeHmacSha256Signature(value, key);

    public static sbyte[] Digest(string value) => Utilities.ComputeDigest(Utilities.DigestAlgorithm.SHA_256, value);

    public static sbyte[] DigestBytes(sbyte[] value) => Utilities.ComputeDigest(Utilities.DigestAlgorithm.MD5, value);

    public static Utilities.DigestAlgorithm[] DigestAlgorithms() => new[]
    {
        Utilities.DigestAlgorithm.MD2, Utilities.DigestAlgorithm.MD5, Utilities.DigestAlgorithm.SHA_1,
        Utilities.DigestAlgorithm.SHA_256, Utilities.DigestAlgorithm.SHA_384, Utilities.DigestAlgorithm.SHA_512,
    };

    public static string Uuid() => Utilities.GetUuid();

    public static Blob TextBlob(string text) => Utilities.NewBlob(text);

    public static Blob NamedBlob(string text, string contentType, string name) => Utilities.NewBlob(text, contentType, name);

    public static Blob BytesBlob(sbyte[] bytes) => Utilities.NewBlob(bytes);

    public static sbyte[] BlobBytes(Blob blob) => blob.GetBytes();

    public static string DescribeBlob(Blob blob) =>
        blob.GetDataAsString() + " " + blob.GetDataAsString("UTF-8") + " " + blob.GetContentType() + " " + blob.GetName();

    public static Blob ChangeBlob(Blob blob, string contentType, string name, string text) =>
        blob.CopyBlob().SetContentType(contentType).SetName(name).SetDataFromString(text);

    // ---- Logger ---------------------------------------------------------------------------------------

    public static string LogAndRead(string message, int count)
    {
        Logger.Log(message);
        Logger.Log(count);
        Logger.Log("%s synced %s tracks", message, count);
        var log = Logger.GetLog();
        Logger.Clear();
        return log;
    }

    // ---- ContentService -------------------------------------------------------------------------------

    public static TextOutput Json(string json) => ContentService.CreateTextOutput(json).SetMimeType(ContentService.MimeType.JSON);

    public static TextOutput EmptyText() => ContentService.CreateTextOutput();

    public static string DescribeText(TextOutput output, string more, string file) =>
        output.Append(more).SetContent(more).Clear().DownloadAsFile(file).GetContent() + output.GetFileName() + output.GetMimeType();

    public static ContentService.MimeType MimeTypeOf(TextOutput output) => output.GetMimeType();

    public static ContentService.MimeType[] MimeTypes() => new[]
    {
        ContentService.MimeType.ATOM, ContentService.MimeType.CSV, ContentService.MimeType.ICAL, ContentService.MimeType.JAVASCRIPT,
        ContentService.MimeType.JSON, ContentService.MimeType.RSS, ContentService.MimeType.TEXT, ContentService.MimeType.VCARD,
        ContentService.MimeType.XML,
    };

    // ---- HtmlService ----------------------------------------------------------------------------------

    public static HtmlOutput Page(string html, string title) => HtmlService.CreateHtmlOutput(html).SetTitle(title);

    public static HtmlOutput EmptyPage() => HtmlService.CreateHtmlOutput();

    public static string DescribePage(HtmlOutput page, string markup, string text) =>
        page.Append(markup).AppendUntrusted(text).SetContent(markup).Clear().GetContent() + page.GetTitle();

    // ---- MailApp --------------------------------------------------------------------------------------

    public static int Mail(string to, string subject, string body, string html, Blob attachment)
    {
        MailApp.SendEmail(to, subject, body);
        MailApp.SendEmail(to, subject, body, new MailOptions
        {
            HtmlBody = html,
            Name = "SpotifySync",
            ReplyTo = to,
            Cc = to,
            Bcc = to,
            NoReply = true,
            Attachments = new List<Blob> { attachment },
        });
        MailApp.SendEmail(new MailMessage { To = to, Subject = subject, Body = body, HtmlBody = html });
        return MailApp.GetRemainingDailyQuota();
    }

    // ---- Session --------------------------------------------------------------------------------------

    public static string WhoAndWhere() =>
        Session.GetActiveUser().GetEmail() + " " + Session.GetEffectiveUser().GetEmail() + " " + Session.GetScriptTimeZone() + " " + Session.GetActiveUserLocale();

    public static User ActiveUser() => Session.GetActiveUser();

    public static string EmailOf(User user) => user.GetEmail();

    // ---- Event objects --------------------------------------------------------------------------------

    public static TextOutput DoGet(DoGetEvent e) =>
        ContentService.CreateTextOutput(e.QueryString + " " + e.PathInfo + " " + e.ContextPath + " " + e.ContentLength);

    public static Dictionary<string, string> FirstValues(DoGetEvent e) => e.Parameter;

    public static Dictionary<string, string[]> AllValues(DoGetEvent e) => e.Parameters;

    public static TextOutput DoPost(DoPostEvent e)
    {
        var body = e.PostData;
        var text = body == null ? "" : body.Length + " " + body.Type + " " + body.Name + " " + body.Contents;
        return ContentService.CreateTextOutput(text + " " + e.QueryString).SetMimeType(ContentService.MimeType.TEXT);
    }

    public static string BodyOf(PostData data) => data.Contents;

    public static string OnTimer(TimeDrivenEvent e) =>
        e.TriggerUid + " " + (e.AuthMode == ScriptApp.AuthMode.FULL) + " " + e.Year + "-" + e.Month + "-" + e.DayOfMonth + " " + e.DayOfWeek + " " + e.WeekOfYear
        + " " + e.Hour + ":" + e.Minute + ":" + e.Second + " " + e.Timezone;

    public static ScriptApp.AuthMode AuthModeOf(TimeDrivenEvent e) => e.AuthMode;

    // ---- JSON -----------------------------------------------------------------------------------------

    public static string Serialized(Dictionary<string, string> values) => JSON.Stringify(values);
}
