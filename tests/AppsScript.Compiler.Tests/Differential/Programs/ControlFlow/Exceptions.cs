using System;
using AppsScript.Interop;

public class SyncException : Exception
{
    public SyncException(string message, int status) : base(message)
    {
        Status = status;
    }

    public int Status { get; }
}

public class RateLimitedException : SyncException
{
    public RateLimitedException(int retryAfter) : base("rate limited", 429)
    {
        RetryAfter = retryAfter;
    }

    public int RetryAfter { get; }
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        for (var status = 0; status < 4; status++)
        {
            try
            {
                Console.WriteLine("calling " + status);
                Call(status);
                Console.WriteLine("no error");
            }
            catch (RateLimitedException e) when (e.RetryAfter > 10)
            {
                Console.WriteLine("long wait " + e.RetryAfter);
            }
            catch (RateLimitedException e)
            {
                Console.WriteLine($"retry after {e.RetryAfter}: {e.Message} {e.Status}");
            }
            catch (SyncException e)
            {
                Console.WriteLine("sync failed: " + e.Message + " " + e.Status);
            }
            catch (Exception e)
            {
                Console.WriteLine("other: " + e.Message);
            }
            finally
            {
                Console.WriteLine("finally " + status);
            }
        }
        try
        {
            Rethrow();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("rethrown: " + e.Message);
        }
        Console.WriteLine(Safe(() => 10 / Zero()));
        Console.WriteLine(Safe(() => 10 / 2));
        var text = (string?)null;
        try
        {
            var value = text ?? throw new ArgumentException("text is required");
            Console.WriteLine(value);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.Message);
        }
        Console.WriteLine(Nested());
    }

    private static int Zero() => 0;

    private static void Call(int status)
    {
        switch (status)
        {
            case 1: throw new RateLimitedException(5);
            case 2: throw new RateLimitedException(60);
            case 3: throw new SyncException("server error", 500);
        }
    }

    private static void Rethrow()
    {
        try
        {
            throw new InvalidOperationException("inner");
        }
        catch (InvalidOperationException)
        {
            Console.WriteLine("logging, then rethrowing");
            throw;
        }
    }

    private static string Safe(Func<int> f)
    {
        try
        {
            return "ok " + f();
        }
        catch (DivideByZeroException e)
        {
            return "divide: " + e.Message;
        }
    }

    private static string Nested()
    {
        var log = "";
        try
        {
            try
            {
                log += "a";
                throw new Exception("boom");
            }
            finally
            {
                log += "b";
            }
        }
        catch (Exception e)
        {
            log += "c:" + e.Message;
        }
        return log;
    }
}
