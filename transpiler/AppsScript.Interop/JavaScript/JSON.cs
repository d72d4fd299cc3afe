namespace AppsScript.Interop.JavaScript;

/// <summary>
/// JavaScript's built-in <c>JSON</c>, for code that runs only in Apps Script (entry points, adapters). Code
/// shared with .NET uses Newtonsoft's <c>JsonConvert</c>, which the compiler turns into the same calls with
/// the keys Newtonsoft writes, so both sides produce the same text.
/// </summary>
[External]
public static class JSON
{
    /// <summary>The JSON text of the value: a plain-data object keyed as Newtonsoft would key it, an array, a string, a number or a boolean.</summary>
    public static extern string Stringify(object? value);
}
