using System;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using AppsScript.Interop;
using Xunit;

namespace SpotifySync.Core.Scenarios.Tests;

/// <summary>
/// The scenarios, one list for both runtimes: every public static method of a <see cref="GlobalFunctionsAttribute"/>
/// class among the scenario sources, which the compiler makes a top-level function of the same name in camelCase.
/// </summary>
public static class ScenarioList
{
    public static TheoryData<string> All() => new(Methods().Select(method => method.Name));

    /// <summary>The scenario as a .NET method.</summary>
    public static Action EntryPoint(string scenario) => Methods().Single(method => method.Name == scenario).CreateDelegate<Action>();

    /// <summary>The scenario's top-level function in the compiled script, named as the compiler names it.</summary>
    public static string Function(string scenario) => JsonNamingPolicy.CamelCase.ConvertName(scenario);

    private static MethodInfo[] Methods() =>
        typeof(ScenarioList).Assembly.GetTypes()
            .Where(type => type.GetCustomAttribute<GlobalFunctionsAttribute>() is not null)
            .OrderBy(type => type.Name, StringComparer.Ordinal)
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .ToArray();
}
