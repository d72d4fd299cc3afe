using Xunit;

namespace AppsScript.Compiler.Tests.Diagnostics;

/// <summary>
/// Where <c>default(T)</c> stays GAS1017: no call site can pass T's default to a virtual or interface method (a call
/// through the base does not know the override), to a property getter, to a static initialiser, or to the
/// constructor methods of a class with several constructors.
/// </summary>
public sealed class GenericDefaultDiagnosticTests
{
    private static void AssertReported(string at, string declarations) =>
        DatesJsonNullableDiagnosticsTests.AssertReported("GAS1017", at, "", declarations);

    [Fact]
    public void Default_of_T_in_a_virtual_method_is_GAS1017() =>
        AssertReported("default(T)", "public class Source<T> { public virtual T Next() => default(T)!; }\npublic static class Use { public static int Run() => new Source<int>().Next(); }");

    [Fact]
    public void Default_of_T_in_a_generic_virtual_method_is_GAS1017() =>
        AssertReported("default(T)", "public class Maker { public virtual T Make<T>() => default(T)!; }\npublic static class Use { public static int Run() => new Maker().Make<int>(); }");

    [Fact]
    public void Default_of_T_in_a_getter_is_GAS1017() =>
        AssertReported("default(T)", "public class Holder<T> { public T Empty => default(T)!; }\npublic static class Use { public static int Run() => new Holder<int>().Empty; }");

    [Fact]
    public void A_static_field_of_T_is_GAS1017() =>
        AssertReported("Shared", "public class Holder<T> { public static T Shared; public int Id() => 1; }\npublic static class Use { public static int Run() => Holder<int>.Shared; }");

    [Fact]
    public void A_field_of_T_in_a_class_with_several_constructors_is_GAS1017() =>
        AssertReported("Item", "public class Pair<T> { public T Item; public int Count; public Pair() { } public Pair(int count) { Count = count; } }\npublic static class Use { public static int Run() => new Pair<int>(2).Item; }");
}
