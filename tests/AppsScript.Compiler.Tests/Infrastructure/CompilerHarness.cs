using System;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Tests.Infrastructure;

public static class CompilerHarness
{
    /// <summary>Compiles and fails the test, listing the diagnostics, when compilation does not succeed.</summary>
    public static CompileResult CompileOrFail(Compilation compilation)
    {
        var result = AppsScriptCompiler.Compile(compilation);
        if (!result.Success)
        {
            throw new InvalidOperationException("Compilation failed:\n" + string.Join("\n", result.Diagnostics.Select(DiagnosticPrinter.Format)));
        }
        return result;
    }

    /// <summary>With APPSSCRIPT_DUMP set to a folder, writes the emitted files there, to read them while debugging.</summary>
    public static void DumpIfRequested(string name, CompileResult result)
    {
        var folder = Environment.GetEnvironmentVariable("APPSSCRIPT_DUMP");
        if (string.IsNullOrEmpty(folder)) return;
        foreach (var file in result.Files)
        {
            var path = System.IO.Path.Combine(folder, System.IO.Path.ChangeExtension(name, null), file.Path);
            System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            System.IO.File.WriteAllText(path, file.Text);
        }
    }
}
