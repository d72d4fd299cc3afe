namespace AppsScript.Interop.Generator.Bindings;

/// <summary>What a generation bound, for docs/benchmarks.md.</summary>
internal sealed class BindingFigures
{
    public int Services { get; set; }

    /// <summary>Classes and interfaces other than services.</summary>
    public int Classes { get; set; }

    public int Enums { get; set; }

    /// <summary>Enums no global holds the values of, which are not bound (their values pass as objects).</summary>
    public int EnumsWithoutGlobal { get; set; }

    /// <summary>Methods (each C# overload), properties and enum members.</summary>
    public int Members { get; set; }

    public override string ToString() =>
        $"{Services} services, {Classes} classes and interfaces, {Enums} enums ({EnumsWithoutGlobal} more, which no global holds, typed object), {Members} members";
}
