using System;
using System.Collections.Generic;
using AppsScript.Interop;

public static class Show
{
    public static string All<T>(IEnumerable<T> items)
    {
        var text = "[";
        var first = true;
        foreach (var item in items)
        {
            text += (first ? "" : ", ") + item;
            first = false;
        }
        return text + "]";
    }
}

public class Diff
{
    public List<string> Added { get; } = new();

    public List<string> Removed { get; } = new();

    public List<string> Kept { get; } = new();
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var remote = new List<string> { "t1", "t2", "t3", "t5", "t2" };
        var local = new List<string> { "t2", "t4", "t5", "t6" };
        var diff = Compare(remote, local);
        Console.WriteLine("added " + Show.All(diff.Added) + ", removed " + Show.All(diff.Removed) + ", kept " + Show.All(diff.Kept));

        var remoteSet = new HashSet<string>(remote);
        var localSet = new HashSet<string>(local);
        var onlyRemote = new HashSet<string>(remoteSet);
        onlyRemote.ExceptWith(localSet);
        var both = new HashSet<string>(remoteSet);
        both.IntersectWith(localSet);
        var all = new HashSet<string>(remoteSet);
        all.UnionWith(localSet);
        Console.WriteLine("with set algebra: " + Show.All(onlyRemote) + " " + Show.All(both) + " " + Show.All(all));
        Console.WriteLine("in sync: " + remoteSet.SetEquals(localSet) + ", after syncing " + remoteSet.SetEquals(all) + " " + all.IsSupersetOf(localSet) + " " + localSet.IsSubsetOf(all));

        var batches = new List<List<string>>();
        var batch = new List<string>();
        foreach (var id in all)
        {
            batch.Add(id);
            if (batch.Count == 4)
            {
                batches.Add(batch);
                batch = new List<string>();
            }
        }
        if (batch.Count > 0) batches.Add(batch);
        foreach (var b in batches) Console.WriteLine("batch of " + b.Count + ": " + Show.All(b));
        Console.WriteLine("nothing to do: " + Compare(new List<string>(), new List<string>()).Added.Count);
    }

    private static Diff Compare(List<string> remote, List<string> local)
    {
        var diff = new Diff();
        var localIds = new HashSet<string>(local);
        var seen = new HashSet<string>();
        foreach (var id in remote)
        {
            if (!seen.Add(id)) continue;
            if (localIds.Contains(id)) diff.Kept.Add(id);
            else diff.Added.Add(id);
        }
        foreach (var id in local)
        {
            if (!seen.Contains(id)) diff.Removed.Add(id);
        }
        return diff;
    }
}
