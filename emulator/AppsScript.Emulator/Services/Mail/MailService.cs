using AppsScript.Emulator.Interop;
using AppsScript.Emulator.Quotas;
using Jint;
using Jint.Runtime;
using Jint.Native;
using Jint.Native.Object;

namespace AppsScript.Emulator.Services.Mail;

/// <summary>
/// <c>MailApp</c>: <c>sendEmail</c> in its four forms (a message object; recipient, subject, body; the same with
/// options; to, replyTo, subject, body), recorded in the <see cref="MailLog"/>, each recipient counting against
/// the daily email quota.
/// </summary>
internal static class MailService
{
    public static HostObject Create(JsHost host)
    {
        var environment = host.Execution.Environment;
        return host.Object("MailApp")
            .Method("getRemainingDailyQuota", 0, _ => (int)environment.Quotas.EmailRecipients.Remaining)
            .Action("sendEmail", 1, arguments =>
            {
                var email = Read(arguments, environment.Clock.GetUtcNow());
                if (email.Recipients.Count == 0) throw new AppsScriptException("Failed to send email: no recipient");
                QuotaCounters.Use(environment.Quotas.EmailRecipients, email.Recipients.Count);
                environment.Mail.Add(email);
            });
    }

    private static SentEmail Read(JsValue[] arguments, System.DateTimeOffset now)
    {
        if (arguments.Length == 1)
        {
            if (arguments[0] is not ObjectInstance message) throw AppsScriptException.InvalidArgument("message");
            return FromOptions(now, Text(message, "to") ?? "", Text(message, "subject") ?? "", Text(message, "body") ?? "", message);
        }
        if (arguments.Length >= 4 && arguments[3] is JsString)
        {
            return new SentEmail(now, arguments[0].AsText(), null, null, arguments[1].AsText(), arguments[2].AsText(), arguments[3].AsText(), null, null, false, 0);
        }
        if (arguments.Length < 3) throw AppsScriptException.SignatureMismatch(string.Join(",", System.Linq.Enumerable.Repeat("String", arguments.Length)), "MailApp.sendEmail");
        return FromOptions(now, arguments[0].AsText(), arguments[1].AsText(), arguments[2].AsText(), arguments.At(3) as ObjectInstance);
    }

    private static SentEmail FromOptions(System.DateTimeOffset now, string to, string subject, string body, ObjectInstance? options) =>
        new(now, to, Text(options, "cc"), Text(options, "bcc"), Text(options, "replyTo"), subject, body, Text(options, "htmlBody"),
            Text(options, "name"), options?.Get("noReply").Truthy() ?? false,
            options?.Get("attachments").Elements()?.Length ?? 0);

    private static string? Text(ObjectInstance? options, string name) => options?.Get(name).AsOptionalText();
}
