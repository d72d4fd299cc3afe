using System;
using System.Threading;
using System.Threading.Tasks;

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
    private readonly Func<TimeSpan, Task> _spendAsync;
    private readonly SemaphoreSlim _resumed = new(0);
    private TaskCompletionSource? _asyncResume;
    private Thread? _thread;

    /// <param name="spend">What spending time means for this fiber (its deadline, a fetchAll branch), blocking the calling thread.</param>
    /// <param name="spendAsync">The same, completing a task instead of blocking.</param>
    public Fiber(Timeline timeline, string name, Action body, Action<TimeSpan> spend, Func<TimeSpan, Task> spendAsync)
    {
        _timeline = timeline;
        _body = body;
        _spend = spend;
        _spendAsync = spendAsync;
        Name = name;
    }

    public string Name { get; }

    /// <summary>Counts the fiber's wake-ups so that a superseded one (a lock wait's timeout after a hand-off) is skipped.</summary>
    public long Generation { get; set; }

    /// <summary>Spends simulated time on this fiber's behalf, from any thread.</summary>
    public void Spend(TimeSpan duration) => _spend(duration);

    /// <summary>Spends simulated time on this fiber's behalf without blocking the calling thread.</summary>
    public Task SpendAsync(TimeSpan duration) => _spendAsync(duration);

    /// <summary>Waits, giving control away, until <paramref name="time"/>.</summary>
    public void SleepUntil(DateTimeOffset time)
    {
        _timeline.Schedule(this, time);
        _timeline.Yield(this);
    }

    /// <summary>
    /// Gives control away until <paramref name="time"/>, returning a task that completes then: for a thread
    /// that must not block, such as an in-process server's thread-pool thread spending latency (blocking pool
    /// threads for every overlapping execution would starve the pool).
    /// </summary>
    public Task SleepUntilAsync(DateTimeOffset time)
    {
        _timeline.Schedule(this, time);
        var resumed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _asyncResume, resumed);
        _timeline.HandBack();
        return resumed.Task;
    }

    internal void Resume()
    {
        if (_thread is null)
        {
            _thread = new Thread(Run, StackSize) { IsBackground = true, Name = Name };
            _thread.Start();
        }
        else if (Interlocked.Exchange(ref _asyncResume, null) is { } resumed)
        {
            resumed.SetResult();
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
