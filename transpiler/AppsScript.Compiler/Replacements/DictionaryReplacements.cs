using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering;
using AppsScript.Compiler.Lowering.Expressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static AppsScript.Compiler.Replacements.Sequences;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// Dictionary&lt;string, V&gt; (and IDictionary, IReadOnlyDictionary) as a plain object, so that JSON round-trips
/// as with Newtonsoft. A key is present only as an own property (never through <c>in</c>, which also sees
/// Object.prototype's members); reading a missing key and adding a present one throw .NET's exceptions. Every
/// dictionary is made without a prototype (<see cref="Create"/>), so that <c>__proto__</c> is a key like any other.
/// A dictionary of any other key type is a KeyedMap_ (<see cref="NewMap"/>), whose methods are .NET's members.
/// </summary>
internal static class DictionaryReplacements
{
    private const string Dictionary = "System.Collections.Generic.Dictionary`2";
    private const string IDictionary = "System.Collections.Generic.IDictionary`2";
    private const string IReadOnlyDictionary = "System.Collections.Generic.IReadOnlyDictionary`2";
    private const string GetValueOrDefault = "M:System.Collections.Generic.CollectionExtensions.GetValueOrDefault``2(System.Collections.Generic.IReadOnlyDictionary{``0,``1},``0";

    public static void Register(ReplacementTable table)
    {
        table.Add(new[] { $"M:{Dictionary}.#ctor", $"M:{Dictionary}.#ctor(System.Int32)" }, call => IsMap(call) ? NewMap(call) : Create());
        table.Add($"M:{Dictionary}.#ctor(System.Collections.Generic.IDictionary{{`0,`1}})",
            call => IsMap(call) ? NewMap(call, Conversions.AsArray(call.ArgumentOperation(0)!, call.Body)) : Create(call.Arg(0)));
        table.Add($"M:{Dictionary}.#ctor(System.Collections.Generic.IEnumerable{{System.Collections.Generic.KeyValuePair{{`0,`1}}}})",
            call => IsMap(call)
                ? NewMap(call, Conversions.AsArray(call.ArgumentOperation(0)!, call.Body))
                : call.Helper("dictionaryFrom_", Create(), Conversions.AsArray(call.ArgumentOperation(0)!, call.Body)));

        table.Add($"M:{Dictionary}.#ctor(System.Collections.Generic.IEqualityComparer{{`0}})", call => ComparerReplacements.EqualityOf((IObjectCreationOperation)call.Operation, call.Body) switch
        {
            ComparerReplacements.KeyEquality.OrdinalIgnoreCase => call.Helper("ignoreCaseDictionary_"),
            ComparerReplacements.KeyEquality.Default => IsMap(call) ? NewMap(call) : Create(),
            ComparerReplacements.KeyEquality.Program => NewMap(KeyType(call), call.Operation, call.Body, null, ProgramEquality(call)) ?? Placeholder,
            _ => Placeholder,
        });

        var all = new[] { Dictionary, IDictionary, IReadOnlyDictionary };
        table.Add(all.Select(type => $"P:{type}.Item(`0)"), call => IsMap(call) ? call.CallOnReceiver("get", call.Arg(0)) : call.Helper("dictionaryGet_", call.Receiver, call.Arg(0)));
        table.AddAssignable($"P:{Dictionary}.Item(`0)", Entry);
        table.AddAssignable($"P:{IDictionary}.Item(`0)", Entry);
        table.Add($"P:{Dictionary}.Count", call => Count(call.Receiver, IsMap(call) ? RuntimeCollection.Map : RuntimeCollection.Dictionary));
        table.Add(all.Select(type => $"P:{type}.Keys"), call => IsMap(call) ? call.CallOnReceiver("keys") : ObjectCall("keys", call.Receiver));
        table.Add(all.Select(type => $"P:{type}.Values"), call => IsMap(call) ? call.CallOnReceiver("values") : ObjectCall("values", call.Receiver));
        table.Add(new[] { $"P:{Dictionary}.KeyCollection.Count", $"P:{Dictionary}.ValueCollection.Count" }, call => call.Member("length"));
        table.Add($"M:{Dictionary}.KeyCollection.Contains(`0)", KeysContain);

        table.Add(new[] { $"M:{Dictionary}.Add(`0,`1)", $"M:{IDictionary}.Add(`0,`1)" },
            call => IsMap(call) ? call.CallOnReceiver("add", call.Arg(0), call.Arg(1)) : call.Helper("dictionaryAdd_", call.Receiver, call.Arg(0), call.Arg(1)));
        table.Add($"M:{Dictionary}.TryAdd(`0,`1)",
            call => IsMap(call) ? call.CallOnReceiver("tryAdd", call.Arg(0), call.Arg(1)) : call.Helper("dictionaryTryAdd_", call.Receiver, call.Arg(0), call.Arg(1)));
        table.Add(all.Select(type => $"M:{type}.ContainsKey(`0)"), call => Has(call.Receiver, call.Arg(0), IsMap(call)));
        table.Add($"M:{Dictionary}.ContainsValue(`1)", call => Contains(call, IsMap(call) ? call.CallOnReceiver("values") : ObjectCall("values", call.Receiver), 0,
            ((INamedTypeSymbol)call.Symbol.ContainingType).TypeArguments[1], "ContainsValue"));
        table.Add(all.Select(type => $"M:{type}.TryGetValue(`0,`1@)"), TryGetValue);
        table.Add(new[] { $"M:{Dictionary}.Remove(`0)", $"M:{IDictionary}.Remove(`0)" }, Remove);
        table.Add($"M:{Dictionary}.Clear", call => IsMap(call) ? call.CallOnReceiver("clear") : Clear(call));
        table.Add(GetValueOrDefault + ")", call => ValueOrDefault(call, null));
        table.Add(GetValueOrDefault + ",``1)", call => ValueOrDefault(call, call.Arg(1)));
    }

    /// <summary>
    /// A new dictionary holding the own members of <paramref name="contents"/>, in order: <c>Object.create(null)</c>,
    /// an object without a prototype, where a plain <c>{}</c> would take a <c>__proto__</c> key as its prototype.
    /// </summary>
    public static JsExpression Create(params JsExpression[] contents)
    {
        JsExpression empty = new JsCall(new JsMember(new JsIdentifier("Object"), "create"), new JsExpression[] { new JsNullLiteral() });
        return contents.Length == 0 ? empty : new JsCall(new JsMember(new JsIdentifier("Object"), "assign"), contents.Prepend(empty).ToList());
    }

    /// <summary>Whether a dictionary member's dictionary is a KeyedMap_: its keys are not strings.</summary>
    private static bool IsMap(BclCall call) => !TypeFacts.IsString(KeyType(call));

    /// <summary>The key type of the dictionary (or its key collection) a member belongs to, or of GetValueOrDefault's.</summary>
    private static ITypeSymbol KeyType(BclCall call)
    {
        for (var type = call.Symbol.ContainingType; type is not null; type = type.ContainingType)
        {
            if (type.TypeArguments.Length == 2) return type.TypeArguments[0];
        }
        return call.Method!.TypeArguments[0];
    }

    private static JsExpression NewMap(BclCall call, params JsExpression[] entries) =>
        NewMap(KeyType(call), call.Operation, call.Body, entries.FirstOrDefault()) ?? Placeholder;

    /// <summary>
    /// Whether JavaScript can hold a dictionary of the key type: any key .NET compares as a Map does or by value
    /// key (GAS1028 for a class with its own Equals), but not a type parameter's, whose dictionary may be a plain
    /// object or a KeyedMap_ depending on the type argument (GAS2004).
    /// </summary>
    public static bool CanKey(ITypeSymbol keyType, IOperation at, BodyLowerer body, out JsExpression? key)
    {
        key = null;
        if (TypeFacts.Underlying(keyType) is { TypeKind: TypeKind.TypeParameter })
        {
            body.Unsupported(at, DiagnosticDescriptors.DictionaryKeyType, keyType.ToDisplayString());
            return false;
        }
        return TypeFacts.IsString(keyType) || CanHash(at, keyType, body, out key);
    }

    /// <summary>
    /// <c>new KeyedMap_(key, show, entries)</c> for a dictionary of non-string keys: the key function of keys .NET
    /// compares by value (for keys compared by the program's own Equals or comparer, <paramref name="equality"/>,
    /// <c>new EqualityMap_(equality, show, entries)</c>), the function that prints a key as .NET does where String would not, and the [key, value]
    /// entries it starts with, added in turn (a repeated key throws); null after reporting a key type it cannot hold.
    /// </summary>
    public static JsExpression? NewMap(ITypeSymbol keyType, IOperation at, BodyLowerer body, JsExpression? entries = null, JsExpression? equality = null)
    {
        JsExpression? key = equality;
        if (equality is null && !CanKey(keyType, at, body, out key)) return null;
        JsExpression? show = null;
        if (!TypeFacts.IsIntegral(keyType) && !TypeFacts.IsChar(keyType))
        {
            var parameter = body.FreshName("key");
            show = new JsArrow(new[] { new JsParameter(parameter) }, Strings.OfValue(new JsIdentifier(parameter), keyType, notNull: true, coerced: false, at.Syntax, body));
        }
        var arguments = new List<JsExpression?> { key, show, entries };
        while (arguments.Count > 0 && arguments[^1] is null) arguments.RemoveAt(arguments.Count - 1);
        return new JsNew(body.Helper(OwnEquality.Is(key) ? "EqualityMap_" : "KeyedMap_"), arguments.Select(a => a ?? new JsNullLiteral()).ToList());
    }

    /// <summary>The equality object of the program's comparer given to a new dictionary or set.</summary>
    public static JsExpression ProgramEquality(BclCall call)
    {
        var comparer = ComparerReplacements.EqualityArgument((IObjectCreationOperation)call.Operation)!;
        var index = ((IMethodSymbol)call.Symbol).Parameters.ToList().FindIndex(p => p.Type.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.IEqualityComparer<T>");
        return OwnEquality.OfComparer(call.Arg(index), Written(comparer).Type!, ((INamedTypeSymbol)call.Symbol.ContainingType).TypeArguments[0], call.Body)!;
    }

    /// <summary>Whether the dictionary holds the key: an own-property test of a plain object, <c>map.has(key)</c>.</summary>
    private static JsExpression Has(JsExpression dictionary, JsExpression key, bool map) =>
        map ? Call(dictionary, "has", key) : HasOwn(dictionary, key);

    /// <summary>The value of a key the dictionary holds.</summary>
    private static JsExpression Get(JsExpression dictionary, JsExpression key, bool map) =>
        map ? Call(dictionary, "get", key) : new JsIndex(dictionary, key);

    /// <summary>
    /// The target <c>dictionary[key]</c> of an assignment. A compound assignment (<c>+=</c>, <c>++</c>, <c>??=</c>)
    /// first reads the entry, which throws in .NET for a missing key, so its key is checked first.
    /// </summary>
    private static JsExpression Entry(BclCall call)
    {
        if (IsMap(call)) return new JsMember(call.CallOnReceiver("entry", call.Arg(0)), "value");
        var readsFirst = call.Operation.Parent is ICompoundAssignmentOperation or IIncrementOrDecrementOperation or ICoalesceAssignmentOperation;
        if (!readsFirst) return new JsIndex(call.Receiver, call.Arg(0));
        var (dictionary, again) = call.Body.Reuse(call.Receiver, "dictionary");
        return new JsIndex(dictionary, call.Helper("existingKey_", again, call.Arg(0)));
    }

    /// <summary>
    /// <c>found ? (value = dictionary[key], true) : (value = default, false)</c>, or, where the bool is not used,
    /// <c>value = found ? dictionary[key] : default</c>.
    /// </summary>
    private static JsExpression TryGetValue(BclCall call)
    {
        var (dictionary, dictionaryAgain) = call.Body.Reuse(call.Receiver, "dictionary");
        var (key, keyAgain) = call.Body.Reuse(call.Arg(0), "key");
        var found = Has(dictionary, key, IsMap(call));
        var value = Get(dictionaryAgain, keyAgain, IsMap(call));
        if (ResultUnused(call) && OutArguments.Target(call.ArgumentOperation(1)!, call.Body) is { } target)
        {
            return new JsAssign("=", target, new JsConditional(found, value, Literals.DefaultOf(call.ParameterType(1), call.Operation, call.Body)));
        }
        return OutArguments.WhenFound(call, 1, found, value);
    }

    /// <summary><c>found &amp;&amp; delete dictionary[key]</c>: Remove tells whether the key was there; as a statement, just the delete.</summary>
    private static JsExpression Remove(BclCall call)
    {
        if (IsMap(call)) return call.CallOnReceiver("delete", call.Arg(0));
        if (ResultUnused(call)) return new JsUnary("delete", new JsIndex(call.Receiver, call.Arg(0)));
        var (dictionary, dictionaryAgain) = call.Body.Reuse(call.Receiver, "dictionary");
        var (key, keyAgain) = call.Body.Reuse(call.Arg(0), "key");
        return new JsBinary("&&", HasOwn(dictionary, key), new JsUnary("delete", new JsIndex(dictionaryAgain, keyAgain)));
    }

    /// <summary>
    /// <c>Object.keys(dictionary).reverse().forEach((key) =&gt; delete dictionary[key])</c>: the last key first, so that
    /// a case-insensitive dictionary (ignoreCaseDictionary_), whose next key takes the slot last freed, fills its
    /// slots from the first again, as after .NET's Clear.
    /// </summary>
    public static JsExpression Clear(BclCall call)
    {
        var (dictionary, again) = call.Body.Reuse(call.Receiver, "dictionary");
        var key = call.Body.FreshName("key");
        return Call(Call(ObjectCall("keys", dictionary), "reverse"), "forEach",
            new JsArrow(new[] { new JsParameter(key) }, new JsUnary("delete", new JsIndex(again, new JsIdentifier(key)))));
    }

    /// <summary>
    /// <c>found ? dictionary[key] : fallback</c>. .NET evaluates every argument, in order: where the fallback is not a
    /// plain value, the dictionary, the key and the fallback are evaluated first, in that order, into temporaries.
    /// </summary>
    private static JsExpression ValueOrDefault(BclCall call, JsExpression? fallback)
    {
        var evaluatedFirst = new List<JsExpression>();
        JsExpression dictionaryValue = call.Receiver, keyValue = call.Arg(0);
        JsExpression EvaluatedFirst(JsExpression value, string hint)
        {
            if (BodyLowerer.IsSimple(value)) return value;
            var temp = call.Body.HoistedTemp(hint);
            evaluatedFirst.Add(new JsAssign("=", temp, value));
            return temp;
        }
        if (fallback is not null && !BodyLowerer.IsSimple(fallback) && !call.IsConstant(1))
        {
            dictionaryValue = EvaluatedFirst(dictionaryValue, "dictionary");
            keyValue = EvaluatedFirst(keyValue, "key");
            fallback = EvaluatedFirst(fallback, "fallback");
        }
        var (dictionary, dictionaryAgain) = call.Body.Reuse(dictionaryValue, "dictionary");
        var (key, keyAgain) = call.Body.Reuse(keyValue, "key");
        var lookup = new JsConditional(Has(dictionary, key, IsMap(call)), Get(dictionaryAgain, keyAgain, IsMap(call)),
            fallback ?? Literals.DefaultOf(call.Method!.ReturnType, call.Operation, call.Body));
        return evaluatedFirst.Count == 0 ? lookup : new JsSequence(evaluatedFirst.Append(lookup).ToList());
    }

    /// <summary>A key among <c>dictionary.Keys</c>: an own-property test of the dictionary when the keys are read right there.</summary>
    private static JsExpression KeysContain(BclCall call)
    {
        if (Written(call.ReceiverOperation!) is IPropertyReferenceOperation { Property.Name: "Keys", Instance: { } dictionary })
        {
            return Has(call.Body.Expression(dictionary), call.Arg(0), IsMap(call));
        }
        return IsMap(call) ? Contains(call, call.Receiver, 0, KeyType(call), "Contains") : call.CallOnReceiver("includes", call.Arg(0));
    }
}
