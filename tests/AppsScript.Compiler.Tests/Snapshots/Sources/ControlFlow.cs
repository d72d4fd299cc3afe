using System;
using AppsScript.Interop;

public class Throttled : Exception
{
    public Throttled(int retryAfter) : base("throttled") => RetryAfter = retryAfter;

    public int RetryAfter { get; }
}

[GlobalFunctions]
public static class Code
{
    public static string Status(int code) => code switch
    {
        200 or 201 => "ok",
        429 => "throttled",
        >= 500 and < 600 => "server error",
        _ => "other",
    };

    public static int Wait(Func<int> call)
    {
        var attempts = 0;
        while (true)
        {
            try
            {
                return call();
            }
            catch (Throttled e) when (e.RetryAfter < 60 && attempts < 3)
            {
                attempts++;
            }
            catch (Exception e)
            {
                Console.WriteLine("giving up: " + e.Message);
                throw;
            }
            finally
            {
                Console.WriteLine("attempt " + attempts);
            }
        }
    }

    public static int Total(int[] values)
    {
        var total = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] < 0) continue;
            total += values[i] / 2;
        }
        foreach (var value in values)
        {
            switch (value)
            {
                case 0:
                    break;
                case 1:
                case 2:
                    total++;
                    break;
                default:
                    total += value % 3;
                    break;
            }
        }
        return total;
    }
}
