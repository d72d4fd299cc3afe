using System.Collections.Generic;

namespace AppsScript.Compiler.Output;

/// <summary>
/// One script file of the Apps Script project and the C# that goes into it, as the project file names it
/// (<c>&lt;AppsScriptFile Include="SpotifyClient.js" Sources="App/SpotifyAuthorization.cs" Namespaces="SpotifySync.Core.Spotify" /&gt;</c>):
/// source paths relative to the project folder (<c>*</c> within a folder, <c>**</c> across folders, a trailing
/// <c>/</c> for everything under a folder), and namespaces, each with the namespaces nested in it.
/// </summary>
public sealed record OutputFileRule(string Name, IReadOnlyList<string> Sources, IReadOnlyList<string> Namespaces);
