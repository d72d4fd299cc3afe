using AppsScript.Interop;
using AppsScript.Interop.Gmail;

// GmailApp: an options object made with an object initialiser (only the options set reach the host), threads and messages.
[GlobalFunctions]
public static class Program
{
    public static string Run(string recipient)
    {
        GmailApp.SendEmail(recipient, "New tracks", "3 new tracks", new GmailAdvancedOptions { Name = "SpotifySync", NoReply = true });
        var threads = GmailApp.Search("subject:\"New tracks\"", 0, 10);
        var subjects = "";
        foreach (var thread in threads) subjects += thread.GetFirstMessageSubject() + ";";
        return threads.Length + " threads: " + subjects;
    }
}
