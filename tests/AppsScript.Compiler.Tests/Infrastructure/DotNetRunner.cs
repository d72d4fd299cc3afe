using System;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Tests.Infrastructure;

/// <summary>Runs a compiled test program on .NET and returns what it printed, an unhandled exception included.</summary>
public static class DotNetRunner
{
    private static readonly object ConsoleLock = new();

    public static string Run(Compilation compilation, string typeName = "Program", string methodName = "Main")
    {
        using var image = new MemoryStream();
        var emit = compilation.Emit(image);
        if (!emit.Success) throw new InvalidOperationException("The program does not compile: " + string.Join("\n", emit.Diagnostics));
        image.Position = 0;
        var context = new AssemblyLoadContext("TestProgram", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(image);
            var entry = assembly.GetType(typeName)?.GetMethod(methodName, BindingFlags.Public | BindingFlags.Static)
                ?? throw new InvalidOperationException($"The program has no public static {typeName}.{methodName}().");
            var output = new StringWriter { NewLine = "\n" };
            lock (ConsoleLock)
            {
                var previous = Console.Out;
                var culture = Thread.CurrentThread.CurrentCulture;
                Console.SetOut(output);
                Thread.CurrentThread.CurrentCulture = CultureInfo.InvariantCulture;
                try
                {
                    entry.Invoke(null, null);
                }
                catch (TargetInvocationException exception) when (exception.InnerException is { } inner)
                {
                    output.WriteLine(Unhandled.Describe(inner.GetType().Name, inner.Message));
                }
                finally
                {
                    Console.SetOut(previous);
                    Thread.CurrentThread.CurrentCulture = culture;
                }
            }
            return output.ToString();
        }
        finally
        {
            context.Unload();
        }
    }
}

/// <summary>How both runners print an exception that escapes the program, so the outputs can be compared.</summary>
public static class Unhandled
{
    public static string Describe(string typeName, string message) => $"Unhandled {typeName}: {message}";
}
