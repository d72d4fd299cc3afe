using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

public class Job
{
    public Job(string name) { Name = name; }

    public string Name { get; }

    public override string ToString() => "job " + Name;
}

[GlobalFunctions]
public static class Program
{
    private static string Kind(Exception e) => e switch
    {
        ArgumentNullException => "ArgumentNullException",
        ArgumentException => "ArgumentException",
        OverflowException => "OverflowException",
        FormatException => "FormatException",
        InvalidOperationException => "InvalidOperationException",
        _ => "Exception",
    };

    private static string Show<T>(IEnumerable<T> items) => "[" + string.Join(", ", items) + "]";

    public static void Main()
    {
        var queue = new Queue<int>();
        Console.WriteLine("empty queue: " + queue.Count + " " + Show(queue));
        queue.Enqueue(3);
        queue.Enqueue(1);
        queue.Enqueue(2);
        Console.WriteLine("after enqueues: " + Show(queue) + " count " + queue.Count + " peek " + queue.Peek());
        Console.WriteLine("dequeue " + queue.Dequeue() + " leaves " + Show(queue));
        Console.WriteLine("contains 2: " + queue.Contains(2) + ", 3: " + queue.Contains(3));
        var snapshot = queue.ToArray();
        queue.Enqueue(9);
        Console.WriteLine("ToArray is a copy: " + Show(snapshot) + " vs " + Show(queue));
        foreach (var item in queue) Console.WriteLine("foreach queue " + item);
        Console.WriteLine("LINQ over a queue: " + queue.Sum() + " " + queue.Max() + " " + Show(queue.Where(n => n > 1).Select(n => n * 10)) + " first " + queue.First());
        while (queue.TryDequeue(out var next)) Console.WriteLine("TryDequeue " + next + ", left " + queue.Count);
        Console.WriteLine("TryDequeue on empty: " + queue.TryDequeue(out var none) + " " + none + ", TryPeek: " + queue.TryPeek(out var peeked) + " " + peeked);
        try
        {
            queue.Dequeue();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(Kind(e) + ": " + e.Message);
        }
        try
        {
            queue.Peek();
        }
        catch (Exception e)
        {
            Console.WriteLine(Kind(e) + ": " + e.Message);
        }

        var words = new Queue<string?>(new[] { "a", null, "c" });
        Console.WriteLine("queue from an array: " + words.Count + " contains null " + words.Contains(null) + " peek " + words.Peek());
        words.Enqueue("d");
        Console.WriteLine("TryPeek " + words.TryPeek(out var head) + " " + head + ", TryDequeue discard " + words.TryDequeue(out _) + " " + Show(words));
        words.Clear();
        Console.WriteLine("cleared: " + words.Count + " TryPeek " + words.TryPeek(out var gone) + " " + (gone ?? "null"));
        var source = new List<int> { 5, 6 };
        var fromList = new Queue<int>(source);
        source.Add(7);
        Console.WriteLine("queue from a list is a copy: " + Show(fromList) + " sized " + new Queue<double>(10).Count);

        var stack = new Stack<string>();
        stack.Push("bottom");
        stack.Push("middle");
        stack.Push("top");
        Console.WriteLine("stack: " + Show(stack) + " count " + stack.Count + " peek " + stack.Peek());
        Console.WriteLine("ToArray top first: " + Show(stack.ToArray()) + ", reversed " + Show(stack.Reverse()));
        Console.WriteLine("pop " + stack.Pop() + " leaves " + Show(stack) + " contains top " + stack.Contains("top") + " bottom " + stack.Contains("bottom"));
        foreach (var item in stack) Console.WriteLine("foreach stack " + item);
        Console.WriteLine("LINQ over a stack: " + stack.First() + " " + stack.Last() + " " + string.Concat(stack.OrderBy(s => s)) + " " + stack.ToList().Count);
        while (stack.TryPop(out var popped)) Console.WriteLine("TryPop " + popped);
        Console.WriteLine("TryPop empty: " + stack.TryPop(out var nothing) + " " + (nothing ?? "null") + " TryPeek " + stack.TryPeek(out var top) + " " + (top ?? "null"));
        try
        {
            stack.Pop();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(Kind(e) + ": " + e.Message);
        }
        try
        {
            stack.Peek();
        }
        catch (Exception e)
        {
            Console.WriteLine(Kind(e) + ": " + e.Message);
        }

        var numbers = new Stack<int>(new[] { 1, 2, 3 });
        Console.WriteLine("stack from an array: " + Show(numbers) + " peek " + numbers.Peek() + " TryPeek " + numbers.TryPeek(out var p) + " " + p);
        numbers.Push(4);
        Console.WriteLine("after push: " + Show(numbers) + ", copy " + Show(new Stack<int>(numbers)) + ", queue of it " + Show(new Queue<int>(numbers)));
        numbers.Clear();
        Console.WriteLine("cleared " + numbers.Count + " TryPop " + numbers.TryPop(out var zero) + " " + zero);

        var jobs = new Stack<Job>();
        var first = new Job("one");
        jobs.Push(first);
        jobs.Push(new Job("two"));
        Console.WriteLine("objects: " + jobs.Contains(first) + " " + jobs.Contains(new Job("one")) + " " + jobs.Peek());
        var pending = new Queue<Job>(jobs.Where(j => j.Name.Length == 3));
        Console.WriteLine("pending " + Show(pending) + " " + pending.Dequeue().Name + " " + pending.Dequeue().Name + " " + pending.Count);
        var bfs = new Queue<int>();
        bfs.Enqueue(1);
        var order = new List<int>();
        while (bfs.Count > 0)
        {
            var n = bfs.Dequeue();
            order.Add(n);
            if (n < 8) { bfs.Enqueue(n * 2); bfs.Enqueue(n * 2 + 1); }
        }
        Console.WriteLine("breadth first: " + Show(order));
        IReadOnlyCollection<int> view = new Queue<int>(new[] { 1, 2 });
        Console.WriteLine("as IReadOnlyCollection: " + view.Count + " " + view.Any());
    }
}
