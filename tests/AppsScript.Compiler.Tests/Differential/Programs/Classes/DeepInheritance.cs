using System;
using System.Collections.Generic;
using AppsScript.Interop;

public abstract class Step
{
    private readonly List<string> log = new List<string>();

    protected void Record(string entry) => log.Add(GetType_() + ":" + entry);

    protected abstract string GetType_();

    public virtual void Run()
    {
        Record("start");
        Body();
        Record("end");
    }

    protected virtual void Body() => Record("base body");

    public string Log => string.Join(" ", log);
}

public class Fetch : Step
{
    protected override string GetType_() => "fetch";

    protected override void Body()
    {
        Record("fetching");
        base.Body();
    }
}

public class CachedFetch : Fetch
{
    private bool cached;

    protected override string GetType_() => "cached";

    public override void Run()
    {
        if (cached)
        {
            Record("hit");
            return;
        }
        base.Run();
        cached = true;
    }
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var steps = new List<Step> { new Fetch(), new CachedFetch() };
        foreach (var step in steps)
        {
            step.Run();
            step.Run();
            Console.WriteLine(step.Log);
        }
    }
}
