using AppsScript.Interop;
using AppsScript.Interop.Forms;

// FormApp: chained builders returning their own type, arrays of choices.
[GlobalFunctions]
public static class Program
{
    public static string Run(string title)
    {
        var form = FormApp.Create(title).SetDescription("Rate the new tracks").SetCollectEmail(false);
        form.AddMultipleChoiceItem().SetTitle("Favourite").SetChoiceValues(new[] { "Song A", "Song B" }).SetRequired(true);
        form.AddScaleItem().SetTitle("Rating").SetBounds(1, 5);
        return form.GetPublishedUrl() + " " + form.GetItems().Length;
    }
}
