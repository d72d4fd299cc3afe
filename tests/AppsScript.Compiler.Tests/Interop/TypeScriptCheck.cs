using System;
using System.Collections.Generic;
using System.IO;
using AppsScript.Compiler.Output;
using AppsScript.Compiler.Tests.Infrastructure;

namespace AppsScript.Compiler.Tests.Interop;

/// <summary>
/// Runs the repository's `tsc` over emitted files with the repository's tsconfig.json, the configuration the
/// build's Verify step checks dist/ with: checkJs against @types/google-apps-script, lib es2020.
/// </summary>
public static class TypeScriptCheck
{
    public static ProcessResult Run(IReadOnlyList<OutputFile> files)
    {
        var tsc = Repository.NodeTool("tsc");
        var folder = Directory.CreateTempSubdirectory("gas-tsc-");
        try
        {
            foreach (var file in files) File.WriteAllText(Path.Combine(folder.FullName, file.Path), file.Text);
            var config = $$"""
                {
                  "extends": "{{Repository.PathOf("tsconfig.json")}}",
                  "compilerOptions": { "typeRoots": ["{{Repository.PathOf("node_modules", "@types")}}"] },
                  "include": ["*.js"]
                }
                """;
            File.WriteAllText(Path.Combine(folder.FullName, "tsconfig.json"), config);
            return ChildProcess.Run(tsc, new[] { "-p", "tsconfig.json", "--pretty", "false" }, folder.FullName, TimeSpan.FromMinutes(2));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
