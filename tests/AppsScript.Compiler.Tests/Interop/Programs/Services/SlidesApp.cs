using AppsScript.Interop;
using AppsScript.Interop.Slides;

// SlidesApp: overloads per union member (AppendSlide of a Layout or a PredefinedLayout), optional geometry parameters.
[GlobalFunctions]
public static class Program
{
    public static string Run(string title)
    {
        var presentation = SlidesApp.Create(title);
        var slide = presentation.AppendSlide(PredefinedLayout.TITLE_AND_BODY);
        slide.InsertTextBox("New tracks");
        slide.InsertTextBox("Song - Artist", 10, 80, 300, 40);
        return presentation.GetId() + " " + presentation.GetSlides().Length;
    }
}
