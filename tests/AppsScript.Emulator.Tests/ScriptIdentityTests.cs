using AppsScript.Emulator.Quotas;
using AppsScript.Emulator.Runtime;
using AppsScript.Emulator.Tests.Support;
using Xunit;

namespace AppsScript.Emulator.Tests;

public class ScriptIdentityTests
{
    [Fact]
    public void ScriptApp_and_Session_describe_the_script_and_its_user()
    {
        using var environment = new ScriptEnvironment(new ScriptEnvironmentOptions { UserEmail = "me@example.com" });
        var project = ScriptProject.FromSource("""
            function who() {
              return [ScriptApp.getScriptId(), ScriptApp.getService().getUrl(), ScriptApp.getService().isEnabled(), ScriptApp.getOAuthToken().startsWith('ya29.'),
                      Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail(), Session.getScriptTimeZone(),
                      Session.getTemporaryActiveUserKey() === Session.getTemporaryActiveUserKey()];
            }
            """, new ProjectManifest("Europe/Berlin"));

        var result = environment.Run(project, "who");

        Assert.Equal($"""["{environment.ScriptId}","https://script.google.com/macros/s/{environment.DeploymentId}/exec",true,true,"me@example.com","me@example.com","Europe/Berlin",true]""",
            result.ReturnJson);
        Assert.Equal(57, environment.ScriptId.Length);
    }

    [Fact]
    public void An_undeployed_script_has_no_service_url()
    {
        using var environment = new ScriptEnvironment(new ScriptEnvironmentOptions { WebAppDeployed = false });

        Assert.Equal("[null,false]", Script.Eval(environment, "return [ScriptApp.getService().getUrl(), ScriptApp.getService().isEnabled()];").ReturnJson);
    }

    [Fact]
    public void A_container_bound_script_has_document_stores_and_a_document_lock()
    {
        using var environment = new ScriptEnvironment(new ScriptEnvironmentOptions { ContainerBound = true });

        var result = Script.Eval(environment, """
            PropertiesService.getDocumentProperties().setProperty('a', 'b');
            CacheService.getDocumentCache().put('c', 'd');
            return [LockService.getDocumentLock().tryLock(0), CacheService.getDocumentCache().get('c')];
            """);

        Assert.Equal("""[true,"d"]""", result.ReturnJson);
        Assert.Equal("b", environment.DocumentProperties!.Get("a"));
    }

    [Fact]
    public void Mail_is_recorded_in_each_form_and_counts_recipients_against_the_daily_quota()
    {
        using var environment = new ScriptEnvironment(new ScriptEnvironmentOptions { Limits = PlatformLimits.Consumer with { EmailRecipientsPerDay = 5 } });

        var result = Script.Eval(environment, """
            MailApp.sendEmail('a@example.com', 'Subject 1', 'Body 1');
            MailApp.sendEmail('b@example.com', 'Subject 2', 'Body 2', { cc: 'c@example.com', htmlBody: '<b>2</b>', name: 'Sync' });
            MailApp.sendEmail({ to: 'd@example.com', subject: 'Subject 3', body: 'Body 3', noReply: true });
            return MailApp.getRemainingDailyQuota();
            """);
        var error = Script.Fail(environment, "MailApp.sendEmail('e@example.com', 'reply@example.com', 'Subject 4', 'Body 4'); MailApp.sendEmail('f@example.com', 's', 'b');");

        Assert.Equal("1", result.ReturnJson);
        Assert.Equal("Service invoked too many times for one day: email.", error.Message);
        var sent = environment.Mail.Sent;
        Assert.Equal(["a@example.com", "b@example.com", "d@example.com", "e@example.com"], System.Linq.Enumerable.Select(sent, mail => mail.To));
        Assert.Equal(("c@example.com", "<b>2</b>", "Sync"), (sent[1].Cc, sent[1].HtmlBody, sent[1].Name));
        Assert.True(sent[2].NoReply);
        Assert.Equal(("reply@example.com", "Subject 4"), (sent[3].ReplyTo, sent[3].Subject));
        Assert.Equal("Failed to send email: no recipient", Script.Fail("MailApp.sendEmail({ subject: 's', body: 'b' });").Message);
    }
}
