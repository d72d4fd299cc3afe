using System;
using System.Collections.Generic;
using System.Linq;

namespace AppsScript.Compiler.Tests.Diagnostics;

/// <summary>
/// One program per diagnostic code. <c>/*@*/</c> marks where the diagnostic must start; files are
/// separated by a line <c>//// File.cs</c>. Usings for System, the collections, LINQ, Newtonsoft and the
/// interop attributes are added to every file.
/// </summary>
internal static class DiagnosticCases
{
    private const string Marker = "/*@*/";
    private const string Usings = "using System; using System.Collections.Generic; using System.Linq; using Newtonsoft.Json; using AppsScript.Interop;\n";

    public static readonly IReadOnlyDictionary<string, string> ByCode = new Dictionary<string, string>
    {
        ["GAS1001"] = "public class C { ~/*@*/C() {} }",
        ["GAS1002"] = "public static class C { public static /*@*/async void Run() { } }",
        ["GAS1003"] = "public static class C { public static System.Collections.IEnumerator Run() { /*@*/yield return 1; } }",
        ["GAS1004"] = "public static class C { public static void Run() { /*@*/dynamic x = 1; } }",
        ["GAS1005"] = "public static class C { public static void Run() { /*@*/unsafe { } } }",
        ["GAS1006"] = "public static class C { static readonly object o = new object(); public static void Run() { /*@*/lock (o) { } } }",
        ["GAS1007"] = "public static class C { public static void Run() { /*@*/goto done; done: return; } }",
        ["GAS1008"] = "public ref struct /*@*/Point { public int X; }",
        ["GAS1009"] = "public class M { public static bool operator /*@*/true(M a) => true; public static bool operator false(M a) => false; }",
        ["GAS1010"] = "[GlobalFunctions] public static class C { public static void Log() { } public static void /*@*/Log(string text) { } }",
        ["GAS1011"] = "public class /*@*/E : Exception { public E() { } public E(string message) : base(message) { } }",
        ["GAS1012"] = "public static class C { public static /*@*/ref int Run(int[] a) => ref a[0]; }",
        ["GAS1013"] = "public class C { public virtual event Action? /*@*/Changed; }",
        ["GAS1014"] = "public class C { public int this[/*@*/params int[] i] { get => i.Length; set { } } }",
        ["GAS1015"] = "public interface I { void M(); } public class C : I { void I./*@*/M() { } }",
        ["GAS1016"] = "public static class C { public static bool Run(object o) => /*@*/o is int; public static object[] Both() => new object[] { 1, 0.5 }; }",
        ["GAS1017"] = "public class C<T> { public virtual T Run() => /*@*/default(T)!; }",
        ["GAS1018"] = "public static class C { public static object Run() => /*@*/typeof(string); }",
        ["GAS1019"] = "public static class C { public static object Run() => /*@*/1.5m; }",
        ["GAS1020"] = "public static class C { public static void Run(System.IO.StringReader reader) { using (var r = /*@*/reader) { } } }",
        ["GAS1021"] = "public class P { } public class Q : P { } public static class C { public static string Run() => $\"{/*@*/new P()}\"; }",
        ["GAS1022"] = "public class B { public void M() { } } public class D : B { public /*@*/new void M() { } }",
        ["GAS1023"] = "public partial class C { public int X => 1; }\n//// Other.cs\n/*@*/public partial class C { public int Y => 2; }",
        ["GAS1024"] = "public class C<T> { static int x; static /*@*/C() { x = 1; } }",
        ["GAS1025"] = "public class C { public virtual int /*@*/X { get; set; } }",
        ["GAS1026"] = "public record R(int A); public static class C { public static bool Run() => /*@*/new R(1).Equals((object)1); }",
        ["GAS1027"] = "public static class C { public static bool Run(int[] a) => a is /*@*/[1, 2]; }",
        ["GAS1028"] = "public record R(object A); public static class C { public static int Run() => /*@*/new HashSet<R>().Count; }",
        ["GAS1029"] = "public class E : Exception { public override string /*@*/Message => \"x\"; }",
        ["GAS1030"] = "public static class C { public static bool? Run(bool? a, bool? b) => /*@*/a & b; }",
        ["GAS1031"] = "[GlobalFunctions] public static class G { public static int /*@*/Count => 1; }",
        ["GAS1032"] = "public class Base { public Base() { Console.WriteLine(Describe()); } public virtual string Describe() => \"base\"; } public class Derived : Base { private readonly string label = \"derived\"; public override string /*@*/Describe() => label; }",
        ["GAS1033"] = "public static class C { static IEnumerable<int> N() { yield return 2; } public static List<int> Run() => /*@*/N().OrderBy(n => n).ToList(); }",
        ["GAS2001"] = "public static class C { public static void Run() => /*@*/System.Threading.Thread.Sleep(1); }",
        ["GAS2002"] = "public static class C { public static string Run(int n) => $\"{/*@*/n:Q}\"; }",
        ["GAS2003"] = "public static class C { public static DateTime Run() => /*@*/DateTime.Now; }",
        ["GAS2004"] = "public static class C { public static object Run<K>() where K : notnull => /*@*/new Dictionary<K, string>(); }",
        ["GAS2005"] = "public static class C { public static void Run(string format) => /*@*/Console.WriteLine(format, 1); }",
        ["GAS2006"] = "public static class C { public static object Run(List<int> xs) { IOrderedEnumerable<int> o = xs.OrderBy(x => x); var copy = o; return /*@*/copy.ThenBy(x => -x).ToList(); } }",
        ["GAS2007"] = "public static class C { public static ICollection<int> Run() => /*@*/new HashSet<int>(); }",
        ["GAS2010"] = "public static class C { public static bool Run(string s) => System.Text.RegularExpressions.Regex.IsMatch(s, /*@*/\"(?>a+)b\"); }",
        ["GAS2011"] = "public static class C { public static bool Run(string s, string pattern) => System.Text.RegularExpressions.Regex.IsMatch(s, /*@*/pattern); }",
        ["GAS3002"] = "public class Dto { public string? /*@*/Name { get; set; } = \"x\"; } public static class C { public static object Run() => JsonConvert.DeserializeObject<Dto>(\"{}\")!; }",
        ["GAS3004"] = "public class Dto { public DateTime /*@*/At { get; set; } } public static class C { public static string Run() => JsonConvert.SerializeObject(new Dto()); }",
        ["GAS3005"] = "public class Dto { public HashSet<string>? /*@*/Tags { get; set; } } public static class C { public static string Run() => JsonConvert.SerializeObject(new Dto()); }",
        ["GAS3006"] = "public class Thing { public int N { get; set; } public int Twice() => N * 2; } public class Dto { public Thing? /*@*/Item { get; set; } } public static class C { public static string Run() => JsonConvert.SerializeObject(new Dto()); }",
        ["GAS3007"] = "public class Dto { [JsonIgnore] public string? /*@*/Secret { get; set; } } public static class C { public static string Run() => JsonConvert.SerializeObject(new Dto()); }",
        ["GAS3008"] = "public class Dto { public int? N { get; set; } } public static class C { public static bool Run(object o) => /*@*/o is Dto; }",
        ["GAS3009"] = "public class Dto { [JsonProperty(\"id\")] public string? A { get; set; } [JsonProperty(\"id\")] public string? /*@*/B { get; set; } }",
        ["GAS3010"] = "public class Dto { public string? /*@*/Secret { private get; set; } } public static class C { public static string Run() => JsonConvert.SerializeObject(new Dto()); }",
        ["GAS3011"] = "public interface IEntity { string /*@*/Id { get; } } public class A : IEntity { public string Id { get; set; } = \"\"; } public class B : IEntity { [JsonProperty(\"id\")] public string Id { get; set; } = \"\"; }",
        ["GAS4001"] = "[GlobalFunctions] public class /*@*/Code { public static void Run() { } }",
        ["GAS4002"] = "public class /*@*/Logger { public int Level { get; set; } public void Up() => Level++; }",
        ["GAS4003"] = "public class C { [/*@*/Name(\"not valid\")] public void M() { } }",
        ["GAS4004"] = "[GlobalFunctions] public static class G { public static void /*@*/Run<T>() { } }",
        ["GAS4005"] = "[GlobalFunctions] public static class G { public static int Run() => A.X; }\npublic class A { public static readonly int X = B.Y + 1; }\n//// B.cs\npublic class /*@*/B { public static readonly int Y = A.X + 1; }",
        ["GAS4006"] = "[GlobalFunctions] public static class G { public static void /*@*/run_() { } }",
        ["GAS4007"] = "[External(\"setTimeout\")] public static class /*@*/Timer { public static extern void Call(Action a, int ms); }",
        ["GAS4008"] = "[GlobalFunctions] public static class G { public static int Run() => Numbers.One(); }\n//// Numbers.cs\npublic static class /*@*/Numbers { public static int One() => 1; }",
        ["GAS4009"] = "[GlobalFunctions] public static class G { static readonly int First = Second + 1; static readonly int /*@*/Second = 7; public static int Run() => First; }",
        ["GAS4010"] = "[GlobalFunctions] public static class G { public static void Run(/*@*/out int x) { x = 1; } }",
        ["GAS9001"] = "[GlobalFunctions] public static class G { public static void Run() => /*@*/Console.WriteLine(\"x\"); }",
        ["GAS9002"] = "[GlobalFunctions] public static class G { public static void Run() => Console.WriteLine(\"x\"); }",
    };

    /// <summary>A case's files (path, text) and where its <c>/*@*/</c> marker was: path, line and column, 1-based.</summary>
    public static (List<(string Path, string Text)> Files, (string Path, int Line, int Column) Expected) Parse(string source)
    {
        var files = new List<(string, string)>();
        (string, int, int) expected = ("", 0, 0);
        var chunks = source.Split("\n//// ");
        for (var i = 0; i < chunks.Length; i++)
        {
            var path = i == 0 ? "Program.cs" : chunks[i][..chunks[i].IndexOf('\n')];
            var body = Usings + (i == 0 ? chunks[i] : chunks[i][(chunks[i].IndexOf('\n') + 1)..]);
            var at = body.IndexOf(Marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                var before = body[..at];
                var line = before.Count(c => c == '\n') + 1;
                var column = at - (before.LastIndexOf('\n') + 1) + 1;
                expected = (path, line, column);
                body = body.Remove(at, Marker.Length);
            }
            files.Add((path, body));
        }
        return (files, expected);
    }
}
