using System;
using System.Collections.Generic;
using AppsScript.Interop;

public record Track(string Id, string Title);

public class TrackEventArgs : EventArgs
{
    public TrackEventArgs(Track track) => Track = track;

    public Track Track { get; }
}

public interface INotifier
{
    event Action<string>? Notified;

    void Notify(string text);
}

public class Library : INotifier
{
    private readonly List<Track> tracks = new();
    private Action? cleared;

    public event Action<Track>? Added;
    public event EventHandler<TrackEventArgs>? Removed;
    public event EventHandler? Changed;
    public event Func<Track, bool>? Accepting;
    public event Action<string>? Notified;
    public event Action Started = () => Console.WriteLine("started (initial handler)");

    public static event Action<int>? Counted;

    public event Action? Cleared
    {
        add { Console.WriteLine("adding a clear handler"); cleared += value; }
        remove { Console.WriteLine("removing a clear handler"); cleared -= value; }
    }

    public int Count => tracks.Count;

    public void Start() => Started();

    public void Notify(string text) => Notified?.Invoke(text);

    public bool Add(Track track)
    {
        if (Accepting != null && !Accepting(track)) return false;
        tracks.Add(track);
        Added?.Invoke(track);
        Changed?.Invoke(this, EventArgs.Empty);
        Counted?.Invoke(tracks.Count);
        return true;
    }

    public void Remove(Track track)
    {
        if (!tracks.Remove(track)) return;
        Removed?.Invoke(this, new TrackEventArgs(track));
        if (Changed != null) Changed(this, EventArgs.Empty);
    }

    public void Clear()
    {
        tracks.Clear();
        cleared?.Invoke();
    }

    public void Reset()
    {
        Added = null;
        Changed = null;
    }
}

public class Recorder
{
    public List<string> Lines { get; } = new();

    public void OnAdded(Track track) => Lines.Add("added " + track.Title);

    public void OnRemoved(object? sender, TrackEventArgs e) => Lines.Add("removed " + e.Track.Title + " from " + (sender is Library library ? library.Count : -1));

    public static void OnCounted(int count) => Console.WriteLine("count " + count);
}

public static class Bus
{
    public static event Action<string>? Sent;

    static Bus() => Console.WriteLine("bus ready");

    public static void Send(string text) => Sent?.Invoke(text);
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        Console.WriteLine("before the bus");
        Bus.Sent += text => Console.WriteLine("sent " + text);
        Bus.Send("one");

        var library = new Library();
        var recorder = new Recorder();
        Console.WriteLine(library.Add(new Track("t0", "Silent")));
        library.Start();
        library.Started += () => Console.WriteLine("started (second handler)");
        library.Start();

        library.Added += recorder.OnAdded;
        library.Added += t => Console.WriteLine("lambda sees " + t);
        library.Removed += recorder.OnRemoved;
        var changes = 0;
        EventHandler onChanged = (sender, e) => changes++;
        library.Changed += onChanged;
        Library.Counted += Recorder.OnCounted;

        var intro = new Track("t1", "Intro");
        var outro = new Track("t2", "Outro");
        library.Add(intro);
        library.Add(outro);
        library.Remove(intro);
        library.Remove(intro);

        library.Added -= recorder.OnAdded;
        library.Added -= recorder.OnAdded;
        library.Changed -= onChanged;
        library.Add(new Track("t3", "Bridge"));
        Library.Counted -= Recorder.OnCounted;
        library.Add(new Track("t4", "Coda"));
        Console.WriteLine(string.Join("; ", recorder.Lines) + " | changes " + changes);

        library.Accepting += t => t.Title.Length > 3;
        library.Accepting += t => t.Id != "t5";
        Console.WriteLine("accepted t5: " + library.Add(new Track("t5", "Long title")));
        Console.WriteLine("accepted t6: " + library.Add(new Track("t6", "Yes")));
        Console.WriteLine("accepted t7: " + library.Add(new Track("t7", "Fine")));

        Action onCleared = () => Console.WriteLine("cleared");
        library.Cleared += onCleared;
        library.Clear();
        library.Cleared -= onCleared;
        library.Clear();

        INotifier notifier = library;
        notifier.Notified += text => Console.WriteLine("notified " + text);
        notifier.Notify("hello");

        library.Reset();
        library.Added += t => throw new ArgumentException("bad track " + t.Id, "track");
        try { library.Add(new Track("t8", "Boom")); }
        catch (ArgumentException e) { Console.WriteLine("ArgumentException: " + e.Message); }
        Console.WriteLine("count " + library.Count);
    }
}
