using System;
using AppsScript.Interop;

public class ApiException : Exception
{
    public ApiException(string message, int status, Exception? inner = null) : base(message, inner)
    {
        Status = status;
    }

    public int Status { get; }

    public bool IsRetryable => Status == 429 || Status >= 500;
}

public class NotFoundException : ApiException
{
    public NotFoundException(string what) : base(what + " not found", 404)
    {
    }
}

public class Client
{
    private int calls;

    public string Get(string path)
    {
        calls++;
        return path switch
        {
            "/missing" => throw new NotFoundException(path),
            "/busy" => throw new ApiException("busy", 503),
            "/broken" => throw new InvalidOperationException("client bug"),
            _ => "body of " + path,
        };
    }

    public int Calls => calls;
}

public class Service
{
    private readonly Client client = new Client();

    public string Fetch(string path)
    {
        try
        {
            return client.Get(path);
        }
        catch (ApiException e) when (e.IsRetryable)
        {
            return "retry later (" + e.Status + ")";
        }
    }

    public string FetchOrDefault(string path)
    {
        try
        {
            return Fetch(path);
        }
        catch (NotFoundException e)
        {
            return "default because " + e.Message;
        }
    }

    public int Calls => client.Calls;
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var service = new Service();
        foreach (var path in new[] { "/ok", "/busy", "/missing", "/broken" })
        {
            try
            {
                Console.WriteLine(service.FetchOrDefault(path));
            }
            catch (ApiException e)
            {
                Console.WriteLine("api " + e.Status + ": " + e.Message);
            }
            catch (Exception e)
            {
                Console.WriteLine("unexpected " + e.GetBaseException().Message);
            }
        }
        Console.WriteLine("calls " + service.Calls);
        try
        {
            throw new ApiException("outer", 400, new NotFoundException("inner thing"));
        }
        catch (ApiException e)
        {
            var inner = e.InnerException as ApiException;
            Console.WriteLine(e.Message + " <- " + inner?.Message + " " + inner?.Status);
            Console.WriteLine(e.InnerException is NotFoundException);
        }
        Console.WriteLine("end");
        throw new NotFoundException("unhandled");
    }
}
