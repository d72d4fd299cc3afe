using System.Collections.Generic;
using AppsScript.Emulator.Runtime;
using Xunit;

namespace AppsScript.Emulator.Tests.EndToEnd;

/// <summary>
/// The service programs of the compiler's binding tests (Interop/Programs/Services, which also pass tsc against the
/// typings), compiled with our compiler and run: the emulator lacks these services, and says so by name.
/// </summary>
public sealed class GeneratedServiceTests
{
    public static TheoryData<string, string> Programs() => new()
    {
        { "SpreadsheetApp.cs", "SpreadsheetApp" },
        { "DriveApp.cs", "DriveApp" },
        { "GmailApp.cs", "GmailApp" },
        { "CalendarApp.cs", "CalendarApp" },
        { "DocumentApp.cs", "DocumentApp" },
        { "FormApp.cs", "FormApp" },
        { "SlidesApp.cs", "SlidesApp" },
        { "Tasks.cs", "Tasks" },
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public void A_compiled_program_using_a_service_the_emulator_lacks_fails_naming_the_service(string program, string service)
    {
        using var environment = new ScriptEnvironment();
        var result = environment.Run(CompiledProgram.Load("Services/" + program), "run", "an argument");
        Assert.False(result.Succeeded);
        Assert.StartsWith($"{service} is not emulated: the emulator provides ScriptApp, UrlFetchApp, ", result.Error!.Message);
    }
}
