using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    private static string trace = "";

    public static void Main()
    {
        Console.WriteLine(ReturnInTry() + " " + trace);
        trace = "";
        Console.WriteLine(ReturnOverriddenValue() + " " + trace);
        trace = "";
        Console.WriteLine(LoopWithFinally() + " " + trace);
        trace = "";
        try
        {
            ThrowThroughFinally();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught " + e.Message + " after " + trace);
        }
        trace = "";
        Console.WriteLine(Nested(true) + " " + trace);
        trace = "";
        Console.WriteLine(Nested(false) + " " + trace);
    }

    private static int ReturnInTry()
    {
        try
        {
            trace += "try;";
            return 1;
        }
        finally
        {
            trace += "finally;";
        }
    }

    private static int ReturnOverriddenValue()
    {
        var value = 10;
        try
        {
            return value;
        }
        finally
        {
            value = 20;
            trace += "value set to " + value + ";";
        }
    }

    private static int LoopWithFinally()
    {
        var sum = 0;
        for (var i = 0; i < 5; i++)
        {
            try
            {
                if (i == 1) continue;
                if (i == 3) break;
                sum += i;
            }
            finally
            {
                trace += i;
            }
        }
        return sum;
    }

    private static void ThrowThroughFinally()
    {
        try
        {
            throw new InvalidOperationException("boom");
        }
        finally
        {
            trace += "cleanup";
        }
    }

    private static string Nested(bool fail)
    {
        try
        {
            try
            {
                if (fail) throw new FormatException("bad format");
                return "ok";
            }
            catch (FormatException e)
            {
                trace += "inner:" + e.Message + ";";
                throw new InvalidOperationException("wrapped", e);
            }
            finally
            {
                trace += "inner finally;";
            }
        }
        catch (InvalidOperationException e)
        {
            return "outer caught " + e.Message + " from " + e.InnerException?.Message;
        }
    }
}
