using System;
using System.IO;
using System.Linq;
using AppsScript.Interop.Generator;
using AppsScript.Interop.Generator.Typings;

// Usage: AppsScript.Interop.Generator [--check]
//   writes transpiler/AppsScript.Interop/Generated/ from node_modules/@types/google-apps-script; with --check, writes
//   nothing and exits 1 when the committed files differ from a fresh generation, printing where.
var check = args.Contains("--check");
if (args.Any(a => a != "--check"))
{
    Console.Error.WriteLine("usage: AppsScript.Interop.Generator [--check]");
    return 2;
}
var root = Directory.GetCurrentDirectory();
while (!File.Exists(Path.Combine(root, "SpotifySync.sln")))
{
    root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Run it inside the repository: no SpotifySync.sln above " + Directory.GetCurrentDirectory());
}
var typings = Path.Combine(root, "node_modules", "@types", "google-apps-script");
var output = Path.Combine(root, "transpiler", "AppsScript.Interop", "Generated");
if (!Directory.Exists(typings))
{
    Console.Error.WriteLine($"{typings} is missing: run `npm ci` first.");
    return 2;
}
Generation generation;
try
{
    generation = Generation.Run(typings);
}
catch (TypingsException e)
{
    Console.Error.WriteLine("The typings could not be read: " + e.Message);
    return 1;
}
if (check)
{
    var differences = generation.Compare(output);
    if (differences.Count == 0)
    {
        Console.WriteLine($"The bindings in {Path.GetRelativePath(root, output)} are those the typings give: {generation.Figures}.");
        return 0;
    }
    Console.Error.WriteLine($"The bindings in {Path.GetRelativePath(root, output)} differ from a fresh generation (run `dotnet cake --target=Bindings`):");
    foreach (var difference in differences.Take(10)) Console.Error.WriteLine(difference);
    return 1;
}
generation.WriteTo(output);
Console.WriteLine($"Wrote {generation.Files.Count} files to {Path.GetRelativePath(root, output)}: {generation.Figures}.");
return 0;
