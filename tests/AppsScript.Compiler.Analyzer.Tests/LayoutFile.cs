using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AppsScript.Compiler.Analyzer.Tests;

/// <summary>The additional file the MSBuild targets give the analyzer, written by a test.</summary>
internal sealed class LayoutFile : AdditionalText
{
    private readonly SourceText _text;

    public LayoutFile(string text)
    {
        _text = SourceText.From(text);
    }

    public override string Path => "/project/obj/" + AppsScriptAnalyzer.LayoutFileName;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
