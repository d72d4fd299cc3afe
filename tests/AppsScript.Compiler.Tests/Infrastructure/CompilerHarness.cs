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
}
