using System.Text;

namespace AppsScript.Compiler.Tests.Fuzzing;

/// <summary>
/// Instance field initialisers with effects in a family with a base class: C# runs them, in textual order, before the
/// base constructor's arguments and body, which print too, so each case shows that order (JavaScript may touch the
/// object only after <c>super(...)</c>).
/// </summary>
internal sealed class InitialiserOrderGenerator
{
    private readonly CaseContext _c;

    public InitialiserOrderGenerator(CaseContext context) => _c = context;

    private FuzzRandom R => _c.Random;

    /// <summary>The concrete class's printing static method and the fields whose initialisers call it, or nothing.</summary>
    public string Fields(ClassFamily family)
    {
        if (family.Base is null || !R.Chance(50)) return "";
        family.Noted = _c.Fresh("Noted");
        var text = new StringBuilder($"    private static int {family.Noted}(string what, int value)\n    {{\n"
            + $"        Console.WriteLine(\"{family.Concrete} \" + what + \" \" + value);\n        return value;\n    }}\n");
        for (var i = R.Between(1, 2); i > 0; i--)
        {
            var name = _c.Fresh("Early");
            // Public, so that C# does not warn about a field only its initialiser uses.
            text.Append($"    public readonly int {name} = {family.Noted}(\"{name}\", {R.Between(-50, 50)});\n");
        }
        return text.ToString();
    }

    /// <summary>The base constructor's first statement when the concrete class has such fields.</summary>
    public string BaseConstructorTrace(ClassFamily family) =>
        family.Noted is null ? "" : $"        Console.WriteLine(\"{family.Base} constructor\");\n";

    /// <summary>The seed the concrete class passes to the base constructor, maybe through the printing method.</summary>
    public string BaseSeed(ClassFamily family) =>
        family.Noted is not null && R.Chance(50) ? $"{family.Noted}(\"base argument\", seed)" : "seed";
}
