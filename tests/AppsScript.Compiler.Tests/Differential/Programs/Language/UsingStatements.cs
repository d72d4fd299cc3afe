using System;
using System.Collections.Generic;
using AppsScript.Interop;

public interface IResource : IDisposable
{
    string Name { get; }
}

public class Resource : IResource
{
    public static readonly List<string> Log = new();

    public Resource(string name)
    {
        Name = name;
        Log.Add("open " + name);
    }

    public string Name { get; }

    public bool Disposed { get; private set; }

    public void Dispose()
    {
        Disposed = true;
        Log.Add("dispose " + Name);
    }
}

public class FailingResource : IDisposable
{
    public void Dispose()
    {
        Resource.Log.Add("dispose failing");
        throw new InvalidOperationException("dispose failed");
    }
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        using (var a = new Resource("a"))
        {
            Resource.Log.Add("body " + a.Name);
        }
        using (Resource b = new Resource("b"), c = new Resource("c"))
        {
            Resource.Log.Add("body " + b.Name + c.Name);
        }
        var existing = new Resource("existing");
        using (existing) Resource.Log.Add("expression form");
        Resource.Log.Add("existing disposed " + existing.Disposed);
        Resource? nothing = null;
        using (nothing) Resource.Log.Add("null resource skipped");
        using (var maybe = Find("absent")) Resource.Log.Add("null declared resource " + (maybe == null));
        using (IResource viaInterface = new Resource("interface")) Resource.Log.Add("body " + viaInterface.Name);
        Flush("statements");

        Declarations();
        Flush("declarations");

        Console.WriteLine("returned " + Early(true) + " " + Early(false));
        Flush("early return");

        for (var i = 0; i < 4; i++)
        {
            using var loop = new Resource("loop" + i);
            if (i == 1) continue;
            if (i == 3) break;
            Resource.Log.Add("iteration " + i);
        }
        Flush("loop");

        try
        {
            using var failing = new Resource("throwing");
            throw new InvalidOperationException("body failed");
        }
        catch (InvalidOperationException e)
        {
            Resource.Log.Add("caught " + e.Message);
        }
        try
        {
            using (new FailingResource())
            {
                Resource.Log.Add("body before a failing dispose");
            }
        }
        catch (InvalidOperationException e)
        {
            Resource.Log.Add("caught " + e.Message);
        }
        Flush("exceptions");

        Console.WriteLine(Twice(3));
        Generic(new Resource("generic"));
        Flush("generic and local function");

        {
            using var shadow = new Resource("first block");
        }
        {
            using var shadow = new Resource("second block");
        }
        Flush("sibling blocks");
    }

    private static Resource? Find(string name) => name == "present" ? new Resource(name) : null;

    private static void Declarations()
    {
        using var first = new Resource("first");
        Resource.Log.Add("after first");
        using var second = new Resource("second");
        using Resource third = new Resource("third"), fourth = new Resource("fourth");
        Resource.Log.Add("end of block");
    }

    private static string Early(bool leave)
    {
        using var r = new Resource("early " + leave);
        if (leave) return r.Name + " left";
        Resource.Log.Add("stayed");
        return r.Name + " finished";
    }

    private static int Twice(int n)
    {
        var total = Helper(n);
        using var r = new Resource("local function");
        return total + Helper(n);

        int Helper(int x) => x * 2;
    }

    private static void Generic<T>(T resource) where T : IDisposable
    {
        using (resource) Resource.Log.Add("generic body");
    }

    private static void Flush(string title)
    {
        Console.WriteLine(title + ": " + string.Join(", ", Resource.Log));
        Resource.Log.Clear();
    }
}
