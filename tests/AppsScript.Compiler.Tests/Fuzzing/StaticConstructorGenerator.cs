using System.Collections.Generic;

namespace AppsScript.Compiler.Tests.Fuzzing;

/// <summary>
/// Static constructors: a family's concrete class may declare one that prints the static fields its initialisers
/// set and then resets the instance count, so that each case shows when .NET runs it (at the first instance or the
/// first use of a static member, whichever comes first) and that the initialisers ran before it. Its first run is
/// an effect, so total code (a lambda, which an eager query may run where .NET's does not) never uses the class's
/// statics; an instance it reaches has already run it.
/// </summary>
internal sealed class StaticConstructorGenerator
{
    private readonly CaseContext _c;

    public StaticConstructorGenerator(CaseContext context) => _c = context;

    private FuzzRandom R => _c.Random;

    /// <summary>The static constructor of the family's concrete class, or null for a class without one.</summary>
    public string? Declaration(ClassFamily family, IReadOnlyList<Variable> statics)
    {
        if (!R.Chance(35)) return null;
        family.HasStaticConstructor = true;
        var text = StringExpressions.NonNull(_c.Isolated(statics, () => _c.Strings.String(2)));
        // Created's bounds (0 to 100,000) hold whatever count it starts from.
        return $"    static {family.Concrete}()\n    {{\n        Console.WriteLine(\"{family.Concrete} static constructor: \" + {text});\n"
            + $"        Created = {R.Between(0, 50)};\n    }}\n";
    }

    /// <summary>Whether code generated now may use the family's static members.</summary>
    public bool MayUseStatics(ClassFamily family) => !family.HasStaticConstructor || !_c.Total;

    /// <summary>A statement using a static member before the first instance, so that the static use runs the constructor.</summary>
    public IEnumerable<string> BeforeFirstInstance(ClassFamily family)
    {
        if (family.HasStaticConstructor && R.Chance(50)) yield return $"Console.WriteLine({family.Concrete}.Created);";
    }
}
