using AppsScript.Interop;
using AppsScript.Interop.Document;

// DocumentApp: a union parameter bound as overloads (AppendParagraph of text or of a Paragraph), a host enum.
[GlobalFunctions]
public static class Program
{
    public static string Run(string title)
    {
        var document = DocumentApp.Create(title);
        var body = document.GetBody();
        var heading = body.AppendParagraph("Tracks");
        heading.SetHeading(ParagraphHeading.HEADING1);
        body.AppendParagraph(heading.Copy());
        body.AppendListItem("Song - Artist");
        document.SaveAndClose();
        return document.GetUrl() + " " + body.GetNumChildren();
    }
}
