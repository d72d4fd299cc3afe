using System;
using System.Linq;
using AppsScript.Compiler.Output;
using AppsScript.Compiler.Verification;
using Xunit;

namespace AppsScript.Compiler.Tests.Verification;

public class OutputVerifierTests
{
    [Fact]
    public void A_member_named_like_a_browser_global_is_not_a_use_of_that_global()
    {
        var file = new OutputFile("Pacer.js", """
            class Pacer {
              constructor(window) {
                this.window = window;
                this.document = { window: null };
              }

              next() {
                this.window.started(this.document.window);
                return this.window;
              }
            }
            """);

        Assert.Empty(OutputVerifier.Verify(new[] { file }, Array.Empty<string>()));
    }

    [Fact]
    public void A_browser_global_read_or_assigned_is_reported()
    {
        var file = new OutputFile("Page.js", """
            function open_() {
              window = null;
              return document.title;
            }
            """);

        var problems = OutputVerifier.Verify(new[] { file }, Array.Empty<string>()).Select(d => d.GetMessage()).ToList();

        Assert.Contains(problems, p => p.Contains("'window'"));
        Assert.Contains(problems, p => p.Contains("'document'"));
    }
}
