using AppsScript.Interop;
using AppsScript.Interop.Spreadsheet;

// SpreadsheetApp through the generated bindings: a host enum (BorderStyle), overloads of one JS method (SetBorder),
// a nullable result (GetSheetByName), arrays of rows.
[GlobalFunctions]
public static class Program
{
    public static string Run(string spreadsheetId)
    {
        var spreadsheet = SpreadsheetApp.OpenById(spreadsheetId);
        var sheet = spreadsheet.GetSheetByName("Tracks") ?? spreadsheet.InsertSheet("Tracks");
        sheet.AppendRow(new object[] { "Song", "Artist", 215 });
        var range = sheet.GetRange(1, 1, 1, 3);
        range.SetBorder(true, true, true, true, false, false);
        range.SetBorder(true, null, true, null, false, false, "#ff0000", BorderStyle.DOTTED);
        var rows = sheet.GetDataRange().GetValues();
        return spreadsheet.GetName() + ": " + rows.Length + " rows";
    }
}
