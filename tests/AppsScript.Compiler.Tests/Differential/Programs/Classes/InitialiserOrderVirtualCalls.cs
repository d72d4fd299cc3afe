using System;
using AppsScript.Interop;

public class Counter
{
    public static int Created;

    public static int Next(string who)
    {
        Created++;
        Console.WriteLine(who + " takes " + Created);
        return Created;
    }
}

public class Widget
{
    public Widget()
    {
        Console.WriteLine("Widget() sees " + Kind() + ", counter " + Counter.Created);
    }

    public virtual string Kind() => "widget";
}

public class Button : Widget
{
    private readonly int number = Counter.Next("Button.number");

    public Button()
    {
        Console.WriteLine("Button() body, number " + number);
    }

    public override string Kind() => "button, counter " + Counter.Created;
}

public class IconButton : Button
{
    private readonly int icon = Counter.Next("IconButton.icon");

    public IconButton()
    {
        Console.WriteLine("IconButton() body, icon " + icon);
    }

    public override string Kind() => "icon button, static " + Label();

    private static string Label() => "label " + Counter.Created;
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        Console.WriteLine("-- Button");
        new Button();
        Console.WriteLine("-- IconButton");
        new IconButton();
        Console.WriteLine("created " + Counter.Created);
    }
}
