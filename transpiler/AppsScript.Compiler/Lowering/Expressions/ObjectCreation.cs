using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Replacements;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>
/// Object creation. A class gives <c>new C(...)</c>; plain data an object literal holding every member in
/// declaration order (unset ones at their C# default), so that JSON.stringify writes what Newtonsoft writes;
/// host option objects a literal of the members that were set; collections array, Set and object literals.
/// </summary>
internal static class ObjectCreation
{
    public static JsExpression New(IObjectCreationOperation creation, BodyLowerer body)
    {
        var type = creation.Type!;
        switch (body.Semantics.ShapeOf(type))
        {
            case TypeShape.PlainData:
                body.Reference(type);
                return PlainData(creation, (INamedTypeSymbol)type, body);
            case TypeShape.External:
                return HostObject(creation, body);
            case TypeShape.Library:
                return Library(creation, body);
            case TypeShape.Class:
                body.Reference(creation.Constructor!);
                // new S() of a struct without a parameterless constructor of its own is default(S): the JavaScript constructor's zeroed value.
                if (creation.Constructor!.IsImplicitlyDeclared && type.TypeKind == TypeKind.Struct)
                {
                    var zeroed = new JsNew(MemberAccess.TypeReference(type, body), new List<JsExpression>());
                    return creation.Initializer is null ? zeroed : AssignMembers(zeroed, creation.Initializer, body);
                }
                var arguments = Arguments.ForUserFunction(creation.Arguments, body).WithTypeDefaults(creation.Constructor!, creation.Syntax, body);
                // A class with several constructors creates the object, then runs the chosen one: new Point().Point_2(x).
                var created = arguments.Wrap(body.Semantics.HasConstructorMethods((INamedTypeSymbol)type)
                    ? new JsCall(new JsMember(new JsNew(MemberAccess.TypeReference(type, body), new List<JsExpression>()), body.Semantics.ConstructorName(creation.Constructor!)), arguments.Values)
                    : new JsNew(MemberAccess.TypeReference(type, body), arguments.Values));
                return creation.Initializer is null ? created : AssignMembers(created, creation.Initializer, body);
            default:
                return body.Unsupported(creation, DiagnosticDescriptors.UnsupportedConstruct, $"creating '{type.ToDisplayString()}'");
        }
    }

    private static JsExpression AssignMembers(JsExpression created, IObjectOrCollectionInitializerOperation initializer, BodyLowerer body)
    {
        if (initializer.Initializers.Any(i => i is IInvocationOperation || i is IAssignmentOperation assignment && Indexers.Writes(assignment.Target, body))) return AssignInOrder(created, initializer, body);
        var members = MemberAssignments(initializer, body).Select(m => (JsObjectMember)new JsProperty(m.Key, m.Value)).ToList();
        return new JsCall(new JsMember(new JsIdentifier("Object"), "assign"), new JsExpression[] { created, new JsObjectLiteral(members) });
    }

    /// <summary>
    /// An initialiser that sets indexers (<c>new Grid { [0] = "a" }</c>) or a collection initialiser of a class of the
    /// program (<c>new Playlist { "intro" }</c>), which are calls and no keys of a literal: each assignment or Add in
    /// turn on the new object, <c>(created = new Grid(), created.setItem(0, "a"), created)</c>.
    /// </summary>
    private static JsExpression AssignInOrder(JsExpression created, IObjectOrCollectionInitializerOperation initializer, BodyLowerer body)
    {
        var target = body.HoistedTemp("created");
        var steps = new List<JsExpression> { new JsAssign("=", target, created) };
        body.PushImplicitReceiver(target);
        steps.AddRange(initializer.Initializers.Select(body.Expression));
        body.PopImplicitReceiver();
        steps.Add(target);
        return new JsSequence(steps);
    }

    /// <summary>The member assignments of an object initialiser, in the order written, with their JS names.</summary>
    private static List<(ISymbol Member, string Key, JsExpression Value, IOperation Operation)> MemberAssignments(IObjectOrCollectionInitializerOperation initializer, BodyLowerer body)
    {
        var assignments = new List<(ISymbol, string, JsExpression, IOperation)>();
        foreach (var item in initializer.Initializers)
        {
            if (item is ISimpleAssignmentOperation { Target: IMemberReferenceOperation { Member: var member } } assignment && member is IPropertySymbol or IFieldSymbol)
            {
                var key = member.ContainingType.IsAnonymousType ? member.Name : body.Semantics.MemberName(member);
                assignments.Add((member, key, body.Expression(assignment.Value), assignment.Value));
                continue;
            }
            body.Unsupported(item, DiagnosticDescriptors.UnsupportedConstruct, "this kind of object initialiser");
        }
        return assignments;
    }

    private static JsExpression PlainData(IObjectCreationOperation creation, INamedTypeSymbol type, BodyLowerer body)
    {
        var assigned = creation.Initializer is null ? new List<(ISymbol Member, string Key, JsExpression Value, IOperation Operation)>() : MemberAssignments(creation.Initializer, body);
        var written = new List<(string Key, JsExpression Value)>();
        foreach (var argument in creation.Arguments.OrderBy(a => a.Parameter!.Ordinal))
        {
            var property = body.Semantics.PlainDataMembers(type).FirstOrDefault(p => p.Name == argument.Parameter!.Name);
            if (property is null) return body.Unsupported(argument, DiagnosticDescriptors.UnsupportedConstruct, "a positional parameter without a property of the same name");
            written.Add((body.Semantics.MemberName(property), body.Expression(argument.Value)));
        }
        written.AddRange(assigned.Select(a => (a.Key, a.Value)));
        var declarationKeys = body.Semantics.PlainDataMembers(type).Select(body.Semantics.MemberName).ToList();
        var (values, evaluatedFirst) = KeepEvaluationOrder(written, declarationKeys, body);
        var members = new List<JsObjectMember>();
        foreach (var property in body.Semantics.PlainDataMembers(type))
        {
            var key = body.Semantics.MemberName(property);
            if (values.TryGetValue(key, out var value))
            {
                members.Add(new JsProperty(key, value));
                continue;
            }
            members.Add(new JsProperty(key, InitialValue(property, MemberOf(type, property).Type, creation, body)));
        }
        var literal = new JsObjectLiteral(members);
        return evaluatedFirst.Count == 0 ? literal : new JsSequence(evaluatedFirst.Append(literal).ToList());
    }

    /// <summary>
    /// An object literal evaluates its values in declaration order; C# evaluates them as written. When the
    /// two differ, values with side effects are evaluated first into temporaries, in the order written.
    /// </summary>
    private static (Dictionary<string, JsExpression> Values, List<JsExpression> EvaluatedFirst) KeepEvaluationOrder(
        List<(string Key, JsExpression Value)> written, IReadOnlyList<string> declarationKeys, BodyLowerer body)
    {
        var values = new Dictionary<string, JsExpression>();
        var evaluatedFirst = new List<JsExpression>();
        var effectful = written.Where(w => !BodyLowerer.IsSimple(w.Value)).Select(w => w.Key).ToList();
        var needsTemps = effectful.Count > 1 && !effectful.SequenceEqual(effectful.OrderBy(k => IndexOf(declarationKeys, k)));
        foreach (var (key, value) in written)
        {
            if (needsTemps && !BodyLowerer.IsSimple(value))
            {
                var temp = body.HoistedTemp(Js.Printer.JsNames.IsBindingIdentifier(key) ? key : "value");
                evaluatedFirst.Add(new JsAssign("=", temp, value));
                values[key] = temp;
                continue;
            }
            values[key] = value;
        }
        return (values, evaluatedFirst);
    }

    private static int IndexOf(IReadOnlyList<string> keys, string key)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i] == key) return i;
        }
        return keys.Count;
    }

    /// <summary>The property as a member of the created type: <c>Box&lt;int&gt;.Value</c> is an int, whose default is 0.</summary>
    private static IPropertySymbol MemberOf(INamedTypeSymbol type, IPropertySymbol property) =>
        type.GetMembers(property.Name).OfType<IPropertySymbol>().FirstOrDefault(p => SymbolEqualityComparer.Default.Equals(p.OriginalDefinition, property.OriginalDefinition)) ?? property;

    /// <summary>The value of a member not set at creation: its initialiser, else the C# default of its type in the created type.</summary>
    public static JsExpression InitialValue(IPropertySymbol property, ITypeSymbol type, IOperation at, BodyLowerer body)
    {
        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is PropertyDeclarationSyntax { Initializer: { } initializer }
                && body.Context.ModelFor(initializer.SyntaxTree).GetOperation(initializer) is IPropertyInitializerOperation operation)
            {
                return body.Expression(operation.Value);
            }
        }
        return Literals.DefaultOf(type, at.Syntax, body);
    }

    private static JsExpression HostObject(IObjectCreationOperation creation, BodyLowerer body)
    {
        if (creation.Arguments.Length > 0) return body.Unsupported(creation, DiagnosticDescriptors.UnsupportedConstruct, "a host object constructor with arguments");
        var members = creation.Initializer is null
            ? new List<JsObjectMember>()
            : MemberAssignments(creation.Initializer, body).Select(m => (JsObjectMember)new JsProperty(m.Key, m.Value)).ToList();
        return new JsObjectLiteral(members);
    }

    private static JsExpression Library(IObjectCreationOperation creation, BodyLowerer body)
    {
        if (!CanHold(creation.Type, creation, body)) return Sequences.Placeholder;
        if (creation.Initializer is { } initializer && initializer.Initializers.Length > 0 && TypeFacts.CollectionOf(creation.Type) != RuntimeCollection.None)
        {
            // The initialiser is lowered on its own, so a constructor with no replacement, or given an equality
            // comparer the collection does not have, must be refused here as it is without an initialiser, or its
            // argument would be silently dropped.
            if (!body.Context.Replacements.Contains(creation.Constructor!))
            {
                return body.Unsupported(creation, DiagnosticDescriptors.UnmappedMember, creation.Constructor!.ToDisplayString(), ReplacementTable.DocumentationId(creation.Constructor));
            }
            return ComparerReplacements.EqualityOf(creation, body) switch
            {
                ComparerReplacements.KeyEquality.Default => CollectionInitializer(creation, initializer, body),
                ComparerReplacements.KeyEquality.OrdinalIgnoreCase or ComparerReplacements.KeyEquality.Program => FilledInPlace(creation, initializer, body),
                _ => Sequences.Placeholder,
            };
        }
        var call = new BclCall(creation, creation.Constructor!, null, Arguments.InParameterOrder(creation.Arguments, false), body);
        if (!body.Context.Replacements.TryLower(call, out var created))
        {
            return body.Unsupported(creation, DiagnosticDescriptors.UnmappedMember, creation.Constructor!.ToDisplayString(), ReplacementTable.DocumentationId(creation.Constructor));
        }
        if (creation.Initializer is not { Initializers.Length: > 0 } members) return created;
        // An options object the library made empty takes the initialiser's members as a literal.
        if (created is JsObjectLiteral { Members.Count: 0 })
        {
            return new JsObjectLiteral(MemberAssignments(members, body).Select(m => (JsObjectMember)new JsProperty(m.Key, m.Value)).ToList());
        }
        return AssignMembers(created, members, body);
    }

    /// <summary>
    /// Whether JavaScript can hold a new collection of the type with .NET's semantics: a dictionary keys it can
    /// compare (not a type parameter's, GAS2004), a set elements that are not compared by value (GAS1028).
    /// </summary>
    private static bool CanHold(ITypeSymbol? type, IOperation at, BodyLowerer body) => TypeFacts.CollectionOf(type) switch
    {
        RuntimeCollection.Map => DictionaryReplacements.CanKey(((INamedTypeSymbol)type!).TypeArguments[0], at, body, out _),
        RuntimeCollection.Set => Sequences.CanHash(at, TypeFacts.ElementType(type), body, out _),
        _ => true,
    };

    /// <summary>
    /// A collection its constructor makes (a case-insensitive dictionary or set), then given each initialiser
    /// entry in turn: <c>(dictionary = ignoreCaseDictionary_(), dictionaryAdd_(dictionary, key, value), dictionary[key] = value, dictionary)</c>,
    /// <c>set.add(value)</c> for a set, <c>map.add(key, value)</c> and <c>map.set(key, value)</c> for a KeyedMap_ (given the program's comparer).
    /// </summary>
    private static JsExpression FilledInPlace(IObjectCreationOperation creation, IObjectOrCollectionInitializerOperation initializer, BodyLowerer body)
    {
        var call = new BclCall(creation, creation.Constructor!, null, Arguments.InParameterOrder(creation.Arguments, false), body);
        body.Context.Replacements.TryLower(call, out var created);
        var isSet = TypeFacts.CollectionOf(creation.Type) == RuntimeCollection.Set;
        var isMap = TypeFacts.CollectionOf(creation.Type) == RuntimeCollection.Map;
        var collection = body.HoistedTemp(isSet ? "set" : "dictionary");
        var steps = new List<JsExpression> { new JsAssign("=", collection, created) };
        foreach (var item in initializer.Initializers)
        {
            steps.Add(item switch
            {
                IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 } add when isSet
                    => new JsCall(new JsMember(collection, "add"), new[] { body.Expression(add.Arguments[0].Value) }),
                IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 2 } add when isMap
                    => new JsCall(new JsMember(collection, "add"), new[] { body.Expression(add.Arguments[0].Value), body.Expression(add.Arguments[1].Value) }),
                ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } indexer } assignment when isMap
                    => new JsCall(new JsMember(collection, "set"), new[] { body.Expression(indexer.Arguments[0].Value), body.Expression(assignment.Value) }),
                IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 2 } add
                    => body.CallHelper("dictionaryAdd_", collection, body.Expression(add.Arguments[0].Value), body.Expression(add.Arguments[1].Value)),
                ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } indexer } assignment
                    => new JsAssign("=", new JsIndex(collection, body.Expression(indexer.Arguments[0].Value)), body.Expression(assignment.Value)),
                _ => body.Unsupported(item, DiagnosticDescriptors.UnsupportedConstruct, "this collection initialiser"),
            });
        }
        steps.Add(collection);
        return new JsSequence(steps);
    }

    /// <summary>
    /// A list or set initialiser: <c>[a, b]</c>, <c>[...source, a]</c> for a constructor given a collection,
    /// <c>new Set([a, b])</c> for a set.
    /// </summary>
    private static JsExpression CollectionInitializer(IObjectCreationOperation creation, IObjectOrCollectionInitializerOperation initializer, BodyLowerer body)
    {
        var collection = TypeFacts.CollectionOf(creation.Type);
        var source = creation.Arguments.FirstOrDefault(a => TypeFacts.CollectionOf(a.Value.Type) != RuntimeCollection.None);
        if (collection == RuntimeCollection.Dictionary) return DictionaryInitializer(initializer, source, body);
        if (collection == RuntimeCollection.Map) return MapInitializer(creation, initializer, source, body);
        var elements = new List<(JsExpression, IOperation?)>();
        if (source is not null) elements.AddRange(Sequences.Spread(Sequences.Iterable(source.Value, body)).Select(e => (e, (IOperation?)null)));
        foreach (var item in initializer.Initializers)
        {
            if (item is IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 } add)
            {
                elements.Add((body.Expression(add.Arguments[0].Value), add.Arguments[0].Value));
                continue;
            }
            body.Unsupported(item, DiagnosticDescriptors.UnsupportedConstruct, "this collection initialiser");
        }
        return Collection(elements, collection, creation.Type!, body);
    }

    /// <summary>
    /// An array literal of the elements, or for a set <c>new Set([...])</c> with each element that may be null as
    /// <c>value ?? null</c>, so that undefined and null are one element. Each element comes with its operation,
    /// or null for one spread from another collection.
    /// </summary>
    private static JsExpression Collection(List<(JsExpression Value, IOperation? Operation)> elements, RuntimeCollection kind, ITypeSymbol type, BodyLowerer body)
    {
        if (kind != RuntimeCollection.Set) return new JsArrayLiteral(elements.Select(e => e.Value).ToList());
        var mayBeNull = ElementTypes.MayBeNull(TypeFacts.ElementType(type));
        return HashSetReplacements.NewSet(HashSetReplacements.KeyOfElements(type, body), body, new JsArrayLiteral(elements
            .Select(e => mayBeNull && e.Operation is { ConstantValue.HasValue: false } operation && !body.IsKnownNotNull(operation)
                ? new JsBinary("??", e.Value, new JsNullLiteral())
                : e.Value)
            .ToList()));
    }

    /// <summary>
    /// A dictionary initialiser becomes a dictionary of an object literal, after the entries of the dictionary it copies. Add
    /// entries throw on a repeated key in .NET, so unless their keys are distinct constants of a new dictionary
    /// they go through dictionaryFrom_, which adds them one by one (or, when an entry could have an effect, through one
    /// dictionaryAdd_ call each, so that each is added before the next is evaluated); indexer entries overwrite, as in a literal.
    /// </summary>
    private static JsExpression DictionaryInitializer(IObjectOrCollectionInitializerOperation initializer, IArgumentOperation? source, BodyLowerer body)
    {
        var copied = source is null ? null : body.Expression(source.Value);
        var entries = new List<(IOperation Key, JsExpression KeyValue, JsExpression Value)>();
        var adds = true;
        foreach (var item in initializer.Initializers)
        {
            switch (item)
            {
                case IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 2 } add:
                    entries.Add((add.Arguments[0].Value, body.Expression(add.Arguments[0].Value), body.Expression(add.Arguments[1].Value)));
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } indexer } assignment:
                    adds = false;
                    entries.Add((indexer.Arguments[0].Value, body.Expression(indexer.Arguments[0].Value), body.Expression(assignment.Value)));
                    break;
                default:
                    body.Unsupported(item, DiagnosticDescriptors.UnsupportedConstruct, "this dictionary initialiser");
                    break;
            }
        }
        var start = copied is null ? System.Array.Empty<JsExpression>() : new[] { copied };
        if (!adds) return WithOverwrites(start, entries.Select(e => Entry(e.Key, e.KeyValue, e.Value)).ToList());
        var constantKeys = entries.Select(e => e.Key.ConstantValue.Value as string).ToList();
        if (copied is null && constantKeys.All(k => k is not null) && constantKeys.Distinct().Count() == constantKeys.Count)
        {
            return DictionaryReplacements.Create(new JsObjectLiteral(entries.Select(e => Entry(e.Key, e.KeyValue, e.Value)).ToList()));
        }
        if (entries.All(e => BodyLowerer.IsSimple(e.KeyValue) && BodyLowerer.IsSimple(e.Value)))
        {
            var pairs = new JsArrayLiteral(entries.Select(e => (JsExpression)new JsArrayLiteral(new[] { e.KeyValue, e.Value })).ToList());
            return body.CallHelper("dictionaryFrom_", DictionaryReplacements.Create(start), pairs);
        }
        // .NET adds each entry before it evaluates the next, so a repeated key throws before a later entry runs.
        var dictionary = body.HoistedTemp("dictionary");
        var steps = new List<JsExpression> { new JsAssign("=", dictionary, DictionaryReplacements.Create(start)) };
        steps.AddRange(entries.Select(e => body.CallHelper("dictionaryAdd_", dictionary, e.KeyValue, e.Value)));
        steps.Add(dictionary);
        return new JsSequence(steps);
    }

    /// <summary>
    /// A dictionary initialiser of non-string keys: a KeyedMap_ made with its Add entries where they are plain values,
    /// else made with the entries it copies and then given each entry in turn (<c>add</c>, or <c>set</c> for an
    /// indexer entry), each before the next is evaluated, as .NET does.
    /// </summary>
    private static JsExpression MapInitializer(IObjectCreationOperation creation, IObjectOrCollectionInitializerOperation initializer, IArgumentOperation? source, BodyLowerer body)
    {
        var keyType = ((INamedTypeSymbol)creation.Type!).TypeArguments[0];
        var entries = new List<(string Method, JsExpression Key, JsExpression Value)>();
        foreach (var item in initializer.Initializers)
        {
            switch (item)
            {
                case IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 2 } add:
                    entries.Add(("add", body.Expression(add.Arguments[0].Value), body.Expression(add.Arguments[1].Value)));
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } indexer } assignment:
                    entries.Add(("set", body.Expression(indexer.Arguments[0].Value), body.Expression(assignment.Value)));
                    break;
                default:
                    body.Unsupported(item, DiagnosticDescriptors.UnsupportedConstruct, "this dictionary initialiser");
                    break;
            }
        }
        if (source is null && entries.All(e => e.Method == "add" && BodyLowerer.IsSimple(e.Key) && BodyLowerer.IsSimple(e.Value)))
        {
            var pairs = new JsArrayLiteral(entries.Select(e => (JsExpression)new JsArrayLiteral(new[] { e.Key, e.Value })).ToList());
            return DictionaryReplacements.NewMap(keyType, creation, body, pairs) ?? Sequences.Placeholder;
        }
        if (DictionaryReplacements.NewMap(keyType, creation, body, source is null ? null : Conversions.AsArray(source.Value, body)) is not { } map) return Sequences.Placeholder;
        var dictionary = body.HoistedTemp("dictionary");
        var steps = new List<JsExpression> { new JsAssign("=", dictionary, map) };
        steps.AddRange(entries.Select(e => (JsExpression)new JsCall(new JsMember(dictionary, e.Method), new[] { e.Key, e.Value })));
        steps.Add(dictionary);
        return new JsSequence(steps);
    }

    /// <summary>
    /// The dictionary of indexer entries, where a later entry overwrites an earlier one of the same key. A literal
    /// may not name a key twice, so a repeated constant key starts another literal, assigned over the first.
    /// </summary>
    private static JsExpression WithOverwrites(JsExpression[] start, List<JsObjectMember> entries)
    {
        var literals = new List<List<JsObjectMember>> { new() };
        var keys = new HashSet<string>();
        foreach (var entry in entries)
        {
            if (entry is JsProperty { Key: var key } && !keys.Add(key))
            {
                literals.Add(new List<JsObjectMember>());
                keys.Clear();
                keys.Add(key);
            }
            literals[^1].Add(entry);
        }
        return DictionaryReplacements.Create(start.Concat(literals.Where(l => l.Count > 0).Select(l => (JsExpression)new JsObjectLiteral(l))).ToArray());
    }

    private static JsObjectMember Entry(IOperation key, JsExpression keyValue, JsExpression value) =>
        key.ConstantValue is { HasValue: true, Value: string constant } ? new JsProperty(constant, value) : new JsComputedProperty(keyValue, value);

    public static JsExpression Anonymous(IAnonymousObjectCreationOperation creation, BodyLowerer body)
    {
        var members = new List<JsObjectMember>();
        foreach (var initializer in creation.Initializers)
        {
            if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
            {
                members.Add(new JsProperty(property.Property.Name, body.Expression(assignment.Value)));
            }
        }
        return new JsObjectLiteral(members);
    }

    public static JsExpression Array(IArrayCreationOperation creation, BodyLowerer body)
    {
        if (creation.DimensionSizes.Length != 1) return body.Unsupported(creation, DiagnosticDescriptors.UnsupportedConstruct, "a multi-dimensional array");
        if (creation.Initializer is { } initializer) return new JsArrayLiteral(initializer.ElementValues.Select(body.Expression).ToList());
        var elementType = ((IArrayTypeSymbol)creation.Type!).ElementType;
        var size = body.Expression(creation.DimensionSizes[0]);
        if (size is JsNumberLiteral { Value: 0 }) return new JsArrayLiteral(System.Array.Empty<JsExpression>());
        if (TypeFacts.IsSourceStruct(elementType) && !TypeFacts.IsNullableValueType(elementType))
        {
            // Each element is a zeroed struct of its own.
            var length = new JsObjectLiteral(new JsObjectMember[] { new JsProperty("length", size) });
            return new JsCall(new JsMember(new JsIdentifier("Array"), "from"), new JsExpression[] { length, new JsArrow(new List<JsParameter>(), Literals.DefaultOf(elementType, creation, body)) });
        }
        return new JsCall(new JsMember(new JsNew(new JsIdentifier("Array"), new[] { size }), "fill"), new[] { Literals.DefaultOf(elementType, creation, body) });
    }

    /// <summary>
    /// A collection expression: <c>[a, ...b]</c> for a list, array or sequence, <c>new Set([...])</c> for a set. A
    /// set spreads as it is; a dictionary or string spreads as an array of its entries or UTF-16 units.
    /// </summary>
    public static JsExpression CollectionExpression(ICollectionExpressionOperation collection, BodyLowerer body)
    {
        var kind = TypeFacts.CollectionOf(collection.Type);
        if (kind is RuntimeCollection.None or RuntimeCollection.Dictionary or RuntimeCollection.Map or RuntimeCollection.String)
        {
            return body.Unsupported(collection, DiagnosticDescriptors.UnsupportedConstruct, $"a collection expression of type '{collection.Type?.ToDisplayString()}'");
        }
        if (!CanHold(collection.Type, collection, body)) return Sequences.Placeholder;
        if (kind == RuntimeCollection.Array && collection.Elements is [ISpreadOperation { Operand: var only }] && Sequences.IsFresh(only)) return Conversions.AsArray(only, body);
        var elements = collection.Elements.SelectMany(e => e is ISpreadOperation spread
            ? Sequences.Spread(Sequences.Iterable(spread.Operand, body)).Select(s => (s, (IOperation?)null))
            : new[] { (body.Expression(e), (IOperation?)e) }).ToList();
        return Collection(elements, kind, collection.Type!, body);
    }

    public static JsExpression With(IWithOperation with, BodyLowerer body)
    {
        var type = with.Type!;
        if (TypeFacts.IsSourceStruct(type))
        {
            // The operand is copied (StructCopies), then its members set: C#'s order.
            var changes = MemberAssignments(with.Initializer, body).Select(m => (JsObjectMember)new JsProperty(m.Key, m.Value)).ToList();
            var copy = body.Expression(with.Operand);
            return changes.Count == 0 ? copy : new JsCall(new JsMember(new JsIdentifier("Object"), "assign"), new JsExpression[] { copy, new JsObjectLiteral(changes) });
        }
        if (!type.IsAnonymousType && body.Semantics.ShapeOf(type) != TypeShape.PlainData)
        {
            return body.Unsupported(with, DiagnosticDescriptors.UnsupportedConstruct, $"'with' on '{type.ToDisplayString()}', which is not plain data");
        }
        var members = new List<JsObjectMember> { new JsSpreadMember(body.Expression(with.Operand)) };
        members.AddRange(MemberAssignments(with.Initializer, body).Select(m => (JsObjectMember)new JsProperty(m.Key, m.Value)));
        return new JsObjectLiteral(members);
    }

    public static JsExpression Tuple(ITupleOperation tuple, BodyLowerer body) =>
        TupleReplacements.Tuple(tuple.Elements.Select(body.Expression).ToList(), TupleElementTypes(tuple), body);

    /// <summary>The types of a tuple's elements as the tuple type declares them (a null literal has none of its own).</summary>
    private static IReadOnlyList<ITypeSymbol?> TupleElementTypes(ITupleOperation tuple) =>
        tuple.Type is INamedTypeSymbol { IsTupleType: true } type ? type.TupleElements.Select(e => (ITypeSymbol?)e.Type).ToList() : tuple.Elements.Select(e => e.Type).ToList();
}
