using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Projects;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AppsScript.Compiler.Analyzer;

/// <summary>
/// The compiler's checks in the editor. Each compilation snapshot is checked once, by the compiler's own pipeline
/// up to printing (<see cref="AppsScriptCompiler.Check"/>): the same rules, codes, messages and positions as the
/// build, with no second implementation of any rule. Every diagnostic is then reported from the semantic model
/// action of the file it is in, so that an open document gets its diagnostics without full-solution analysis; those
/// without a source location are reported when the compilation ends.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AppsScriptAnalyzer : DiagnosticAnalyzer
{
    /// <summary>
    /// The additional file the MSBuild targets pass: the project's path and its AppsScriptFile items, as lines of
    /// gas-compile's response file, so that output layout rules (GAS4005, GAS4008) agree with the build.
    /// </summary>
    public const string LayoutFileName = "appsscript.analyzer.rsp";

    private static readonly ImmutableArray<DiagnosticDescriptor> Descriptors =
        typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToImmutableArray();

    private static readonly ImmutableHashSet<string> Codes = Descriptors.Select(d => d.Id).ToImmutableHashSet();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors;

    public override void Initialize(AnalysisContext context)
    {
        // The build reports refusals in generated code too.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var options = Options(start.Options.AdditionalFiles, start.CancellationToken);
            // One check per snapshot, whichever file's action asks first; the others wait for it.
            var check = new Lazy<ILookup<SyntaxTree?, Diagnostic>>(
                // The C# compiler's errors, which stop the checks, are the host's to show.
                () => AppsScriptCompiler.Check(start.Compilation, options).Where(d => Codes.Contains(d.Id)).ToLookup(d => d.Location.SourceTree),
                LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterSemanticModelAction(model =>
            {
                foreach (var diagnostic in check.Value[model.SemanticModel.SyntaxTree]) model.ReportDiagnostic(diagnostic);
            });
            start.RegisterCompilationEndAction(end =>
            {
                foreach (var diagnostic in check.Value[null]) end.ReportDiagnostic(diagnostic);
            });
        });
    }

    /// <summary>The project's layout, from the targets' additional file; without it, the compiler's defaults.</summary>
    private static CompilerOptions Options(ImmutableArray<AdditionalText> files, CancellationToken cancellation)
    {
        var file = files.FirstOrDefault(f => string.Equals(Path.GetFileName(f.Path), LayoutFileName, StringComparison.OrdinalIgnoreCase));
        if (file?.GetText(cancellation) is not { } text) return new CompilerOptions();
        return ProjectInputs.FromLines(text.Lines.Select(l => l.ToString()), file.Path).CompilerOptions;
    }
}
