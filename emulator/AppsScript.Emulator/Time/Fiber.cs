using System;
using System.Threading;

namespace AppsScript.Emulator.Time;

/// <summary>
/// One execution's thread on the <see cref="Timeline"/>: it starts at its first wake-up and from then on
/// runs only between the driver handing it control and its next scheduling point.
/// </summary>
internal sealed class Fiber
{
    // Jint recurses on the CLR stack; deep but legitimate script recursion needs more than the default.
    private const int StackSize = 16 * 1024 * 1024;
    private readonly Timeline _timeline;
    private readonly Action _body;
    private readonly Action<TimeSpan> _spend;
    private readonly SemaphoreSlim _resumed = new(0);
    private Thread? _thread;

    /// <param name="spend">What spending time means for this fiber (its deadline, a fetchAll branch).</param>
    public Fiber(Timeline timeline, string name, Action body, Action<TimeSpan> spend)
    {
        _timeline = timeline;
        _body = body;
        _spend = spend;
        Name = name;
    }

    public string Name { get; }

    /// <summary>Counts the fiber's wake-ups so that a superseded one (a lock wait's timeout after a hand-off) is skipped.</summary>
    public long Generation { get; set; }

    /// <summary>Spends simulated time on this fiber's behalf, from any thread.</summary>
    public void Spend(TimeSpan duration) => _spend(duration);

    /// <summary>Waits, giving control away, until <paramref name="time"/>.</summary>
    public void SleepUntil(DateTimeOffset time)
    {
        _timeline.Schedule(this, time);
        _timeline.Yield(this);
    }

    /// <summary>Gives control away until someone calls <see cref="Timeline.Schedule"/> for this fiber.</summary>
    public void Suspend() => _timeline.Yield(this);

    internal void Resume()
    {
        if (_thread is null)
        {
            _thread = new Thread(Run, StackSize) { IsBackground = true, Name = Name };
            _thread.Start();
        }
        else
        {
            _resumed.Release();
        }
    }

    internal void WaitForResume() => _resumed.Wait();

    private void Run()
    {
        try
        {
            _body();
        }
        finally
        {
            _timeline.Ended();
        }
    }
}
