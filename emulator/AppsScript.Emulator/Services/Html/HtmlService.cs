using AppsScript.Emulator.Interop;
using AppsScript.Emulator.Services.Utilities;

using Jint.Runtime;

namespace AppsScript.Emulator.Services.Html;

/// <summary><c>HtmlService</c>: <c>createHtmlOutput</c> from a string or a blob, and its enums.</summary>
internal static class HtmlService
{
    public static HostObject Create(JsHost host)
    {
        var enums = new HtmlServiceEnums(
            new JsEnum(host, "HtmlService.XFrameOptionsMode", ["ALLOWALL", "DEFAULT"]),
            new JsEnum(host, "HtmlService.SandboxMode", ["EMULATED", "IFRAME", "NATIVE"]));
        return host.Object("HtmlService")
            .Value("XFrameOptionsMode", enums.XFrameOptionsMode.Object)
            .Value("SandboxMode", enums.SandboxMode.Object)
            .Method("createHtmlOutput", 0, arguments => new HtmlOutputObject(host, enums,
                arguments.At(0) is BlobObject blob ? System.Text.Encoding.UTF8.GetString(blob.Bytes) : arguments.At(0).AsOptionalText() ?? ""));
    }
}
