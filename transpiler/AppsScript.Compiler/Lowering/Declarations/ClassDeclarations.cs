using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering.Expressions;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Declarations;

/// <summary>
/// A class or static class as a JavaScript class. Apps Script rejects class fields, so instance fields and
/// auto-properties are assigned in the constructor (after <c>super()</c>) and static ones after the class.
/// </summary>
internal static class ClassDeclarations
{
    /// <summary>
    /// The class, with the methods and accessors linking keeps. Its constructor and static data stay with it, as
    /// .NET runs every static initialiser of a type it initialises.
    /// </summary>
    public static LoweredType Lower(INamedTypeSymbol type, LoweringContext context, FileScope file)
    {
        var semantics = context.Semantics;
        var name = semantics.TypeName(type);
        var baseClass = BaseClass(type, context, file);
        var isStruct = type.TypeKind == TypeKind.Struct;
        var constructor = isStruct ? StructDeclarations.ZeroConstructor(type, context, file) : Constructor(type, baseClass is not null, context, file);
        var constructorMethods = ConstructorMethods(type, context, file).Select(c => ((ISymbol)c.Symbol, c.Member)).ToList();
        var staticConstructor = type.StaticConstructors.FirstOrDefault(c => !c.IsImplicitlyDeclared);
        var statics = new List<JsStatement>();
        var order = StaticInitializationOrder(type, context).ToList();
        // With a static constructor, .NET runs the static initialisers with it at the type's first use; constants need no run.
        var lazy = staticConstructor is null ? new List<ISymbol>() : order.Where(m => m is not IFieldSymbol { IsConst: true }).ToList();
        var lazyStatics = new List<JsStatement>();
        foreach (var member in order)
        {
            var runsAtLoad = !lazy.Contains(member, SymbolEqualityComparer.Default);
            (runsAtLoad ? statics : lazyStatics).AddRange(StaticAssignment(member, MemberType(member), name, runsAtLoad, context, file));
        }
        var members = new List<(ISymbol Symbol, JsClassMember Member)>(constructorMethods);
        foreach (var member in type.GetMembers().Where(m => !m.IsImplicitlyDeclared && !EnumerableClasses.IsNonGenericCounterpart(m)))
        {
            switch (member)
            {
                case IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.UserDefinedOperator or MethodKind.Conversion } method when !method.IsAbstract && !method.IsPartialDefinition:
                    members.Add((method, new JsClassMember(semantics.MemberName(method), JsMethodKind.Method, method.IsStatic,
                        MemberBodies.Parameters(method, context, file, withDefaults: false), MemberBodies.Lower(method, context, file))
                    { Doc = MemberBodies.Summary(method) }));
                    break;
                case IPropertySymbol property when !property.IsAbstract:
                    members.AddRange(Property(property, context, file).Select(accessor => ((ISymbol)property, accessor)));
                    break;
                case IEventSymbol @event:
                    members.AddRange(Event(@event, context, file).Select(accessor => ((ISymbol)@event, accessor)));
                    break;
            }
        }
        if (ValueStrings.HasSynthesizedToString(type))
        {
            var toString = type.GetMembers("ToString").OfType<IMethodSymbol>().First(m => m.IsImplicitlyDeclared && m.Parameters.Length == 0);
            members.Add((toString, ValueStrings.RecordToString(type, new BodyLowerer(context, file, toString, null, runsAtLoad: false))));
        }
        if (EnumerableClasses.OwnGetEnumerator(type) is { } getEnumerator)
        {
            members.Add((type, IteratorMethod(getEnumerator, new BodyLowerer(context, file, type, null, runsAtLoad: false))));
        }
        if (isStruct)
        {
            members.Add((type, StructDeclarations.CopyMethod(type, context, file)));
            if (StructDeclarations.NameToString(type, semantics) is { } nameToString) members.Add((type, nameToString));
        }
        var keyMethod = (type.IsRecord || isStruct) && ValueEquality.DeclaredEquals(type) is null
            ? ValueKeys.RecordKeyMethod(type, new BodyLowerer(context, file, type, null, runsAtLoad: false))
            : null;
        if (keyMethod is not null) members.Add((type, keyMethod));
        if (staticConstructor is not null)
        {
            members = members.Select(m => (m.Symbol, m.Member.IsStatic || m.Symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } ? RunningStaticConstructorFirst(m.Member, name) : m.Member)).ToList();
            // Constructor methods run it themselves; a JavaScript constructor creating the object would run it too early.
            if (!type.IsStatic && !semantics.HasConstructorMethods(type)) constructor = RunningStaticConstructorFirst(constructor ?? EmptyConstructor(baseClass is not null), name);
        }
        var runStaticConstructor = staticConstructor is null ? null : StaticConstructor(staticConstructor, name, lazyStatics, context, file);
        var doc = MemberBodies.Summary(type);
        return new LoweredType(type, file.Tree, keep =>
        {
            var kept = members.Where(m => keep(m.Symbol) && (!ReferenceEquals(m.Member, keyMethod) || context.KeyMethodCalls.Reaches(type))).Select(m => m.Member);
            var classMembers = (constructor is null ? kept : kept.Prepend(constructor)).ToList();
            // Known only now that every body is lowered: which initialisers read a field before its own initialiser runs.
            var defaults = ReadBeforeInitialized(order, context).Select(member => (JsStatement)new JsExpressionStatement(new JsAssign("=",
                MemberAccess.Key(MemberAccess.Path(name), semantics.MemberName(member)), Literals.DefaultConstant(MemberType(member)) ?? new JsNullLiteral()))).ToList();
            if (runStaticConstructor is not null && keep(staticConstructor!))
            {
                classMembers.Add(runStaticConstructor(defaults));
                defaults.Clear();
            }
            return new JsStatement[] { new JsClassDeclaration(name, baseClass, classMembers) { Doc = doc } }.Concat(ExceptionName(type, name)).Concat(defaults).Concat(statics).ToList();
        });
    }

    /// <summary>
    /// <c>[Symbol.iterator]() { return enumeratorIterator_(this.getEnumerator()); }</c>: what makes the class's objects
    /// JavaScript iterables, so that for...of and the sequence helpers enumerate them through the program's own
    /// GetEnumerator, as .NET's foreach and LINQ do.
    /// </summary>
    private static JsClassMember IteratorMethod(IMethodSymbol getEnumerator, BodyLowerer body)
    {
        body.Reference(getEnumerator);
        var enumerator = new JsCall(new JsMember(new JsThis(), body.Semantics.MemberName(getEnumerator)), System.Array.Empty<JsExpression>());
        return new JsClassMember("[Symbol.iterator]", JsMethodKind.Method, false, System.Array.Empty<JsParameter>(),
            new JsBlock(new JsStatement[] { new JsReturn(body.CallHelper("enumeratorIterator_", enumerator)) }))
        {
            ComputedKey = new JsMember(new JsIdentifier("Symbol"), "iterator"),
        };
    }

    /// <summary>
    /// <c>static initialize_()</c>: the static initialisers, then the static constructor's body, run once by a helper
    /// that makes later calls return at once, or throw again the TypeInitializationException of a first run that threw.
    /// Every static method, accessor and constructor of the class calls it first, and so does every use of its
    /// static data from another type (see MemberAccess.Receiver): what .NET does for a type without beforefieldinit.
    /// </summary>
    /// <returns>The method, given the assignments of defaults that must precede the initialisers (known once every body is lowered).</returns>
    private static System.Func<IReadOnlyList<JsStatement>, JsClassMember> StaticConstructor(
        IMethodSymbol staticConstructor, string className, IReadOnlyList<JsStatement> initializers, LoweringContext context, FileScope file)
    {
        var helper = new BodyLowerer(context, file, staticConstructor, null, runsAtLoad: false).Helper("initializeType_");
        var constructorBody = MemberBodies.Lower(staticConstructor, context, file);
        // The constructor's locals and temporaries are named apart from its own code only: a block keeps them from the initialisers'.
        var statements = initializers.Concat(constructorBody.Body.Any(Declares) && initializers.Any(Declares) ? new JsStatement[] { constructorBody } : constructorBody.Body).ToList();
        var doc = MemberBodies.Summary(staticConstructor) ?? "The static constructor, with the static initialisers: .NET runs them once, at the class's first use.";
        return defaults =>
        {
            var run = new JsCall(helper, new JsExpression[]
            {
                MemberAccess.Path(className), new JsStringLiteral(DotNetNames.MessageName(staticConstructor.ContainingType) ?? staticConstructor.ContainingType.ToDisplayString()),
                new JsArrow(new List<JsParameter>(), new JsBlock(defaults.Concat(statements).ToList())),
            });
            return new JsClassMember(ScriptSemantics.StaticConstructorName, JsMethodKind.Method, true, new List<JsParameter>(), new JsBlock(new JsStatement[] { new JsReturn(run) })) { Doc = doc };
        };
    }

    /// <summary>
    /// <c>SyncError.fullName_ = "Shop.SyncError";</c> for an exception class whose JavaScript name is not its .NET
    /// name: the default message, "Exception of type 'Shop.SyncError' was thrown.", names the class of the exception.
    /// </summary>
    private static IEnumerable<JsStatement> ExceptionName(INamedTypeSymbol type, string name)
    {
        if (!ScriptSemantics.DerivesFromException(type) || DotNetNames.FullName(type) is not { } fullName || fullName == name) yield break;
        yield return new JsExpressionStatement(new JsAssign("=", new JsMember(MemberAccess.Path(name), "fullName_"), new JsStringLiteral(fullName)));
    }

    private static bool Declares(JsStatement statement) => statement is JsVariableDeclaration or JsFunctionDeclaration;

    /// <summary>The member with <c>Class.initialize_();</c> first (before <c>super()</c>, which it does not need).</summary>
    private static JsClassMember RunningStaticConstructorFirst(JsClassMember member, string className) => member with
    {
        Body = new JsBlock(member.Body.Body.Prepend(new JsExpressionStatement(MemberAccess.RunStaticConstructor(MemberAccess.Path(className)))).ToList()),
    };

    /// <summary>The constructor JavaScript would supply (it takes no arguments here), written out so that it can run the static constructor.</summary>
    private static JsClassMember EmptyConstructor(bool hasBase)
    {
        var statements = hasBase
            ? new JsStatement[] { new JsExpressionStatement(new JsCall(new JsSuper(), new List<JsExpression>())) }
            : System.Array.Empty<JsStatement>();
        return new JsClassMember("constructor", JsMethodKind.Constructor, false, new List<JsParameter>(), new JsBlock(statements));
    }

    /// <summary>The base class expression: a class of the program, or the helper class of a .NET exception or of EventArgs.</summary>
    private static JsExpression? BaseClass(INamedTypeSymbol type, LoweringContext context, FileScope file)
    {
        var baseType = type.BaseType;
        if (baseType is null || baseType.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType) return null;
        var body = new BodyLowerer(context, file, type, null, runsAtLoad: true);
        if (context.Semantics.ShapeOf(baseType) == TypeShape.Class) return MemberAccess.TypeReference(baseType, body);
        if (ScriptSemantics.DerivesFromException(baseType) && context.Helpers.IsHelperName(baseType.Name)) return body.Helper(baseType.Name);
        if (baseType.ToDisplayString() == "System.EventArgs") return body.Helper("EventArgs");
        context.Report(DiagnosticDescriptors.UnsupportedConstruct, type.Locations.FirstOrDefault(), $"deriving from '{baseType.ToDisplayString()}'");
        return null;
    }

    private static JsClassMember? Constructor(INamedTypeSymbol type, bool hasBase, LoweringContext context, FileScope file)
    {
        // A class with constructor methods keeps JavaScript's implicit constructor, which creates the object.
        if (type.IsStatic || context.Semantics.HasConstructorMethods(type)) return null;
        var declared = type.InstanceConstructors.Where(c => !c.IsImplicitlyDeclared).ToList();
        var constructor = declared.FirstOrDefault() ?? type.InstanceConstructors.FirstOrDefault();
        var parts = ConstructorParts(type, constructor, context, file);
        var statements = new List<JsStatement>();
        if (parts.BaseMethod is not null)
        {
            // The base class's constructor is a method: C# sets the fields, then runs the base constructor.
            statements.Add(new JsExpressionStatement(new JsCall(new JsSuper(), new List<JsExpression>())));
            statements.AddRange(parts.Initializers);
            statements.AddRange(parts.BaseMethod);
            statements.AddRange(parts.Body);
        }
        else
        {
            statements.AddRange(parts.BeforeBase);
            if (hasBase) statements.Add(new JsExpressionStatement(new JsCall(new JsSuper(), parts.BaseArguments)));
            statements.AddRange(WithoutOverwrittenDefaults(parts.Initializers, parts.Body));
            statements.AddRange(parts.Body);
        }
        var parameters = constructor is null ? new List<JsParameter>() : MemberBodies.Parameters(constructor, context, file, withDefaults: false);
        // JavaScript's implicit constructor does the same as an empty one, or one that only calls super().
        var onlyImplicitWork = statements.Count == 0 || (hasBase && statements.Count == 1 && parts.BaseArguments.Count == 0 && parts.BaseMethod is null);
        if (onlyImplicitWork && parameters.Count == 0) return null;
        return new JsClassMember("constructor", JsMethodKind.Constructor, false, parameters, new JsBlock(statements));
    }

    /// <summary>
    /// Each constructor of a class with constructor methods as a method that returns the object: the constructor
    /// it chains to with <c>this(...)</c>, or the fields' initialisers and then the base class's constructor method;
    /// then its body.
    /// </summary>
    private static IEnumerable<(IMethodSymbol Symbol, JsClassMember Member)> ConstructorMethods(INamedTypeSymbol type, LoweringContext context, FileScope file)
    {
        if (type.IsStatic || !context.Semantics.HasConstructorMethods(type)) yield break;
        foreach (var constructor in ScriptSemantics.DeclaredConstructors(type))
        {
            var parts = ConstructorParts(type, constructor, context, file, returnsThis: true);
            var statements = new List<JsStatement>();
            if (parts.ChainedTo is not null)
            {
                statements.AddRange(parts.ChainedTo);
            }
            else
            {
                statements.AddRange(parts.BaseMethod is null ? WithoutOverwrittenDefaults(parts.Initializers, parts.Body) : parts.Initializers);
                if (parts.BaseMethod is not null) statements.AddRange(parts.BaseMethod);
            }
            statements.AddRange(parts.Body);
            statements.Add(new JsReturn(new JsThis()));
            yield return (constructor, new JsClassMember(context.Semantics.ConstructorName(constructor), JsMethodKind.Method, false,
                MemberBodies.Parameters(constructor, context, file, withDefaults: false), new JsBlock(statements)) { Doc = MemberBodies.Summary(constructor) });
        }
    }

    /// <summary>The pieces of a constructor, lowered in the order C# evaluates them.</summary>
    private sealed record ConstructorPieces(
        IReadOnlyList<JsStatement> BeforeBase, IReadOnlyList<JsStatement> Initializers, List<JsExpression> BaseArguments, IReadOnlyList<JsStatement>? BaseMethod, IReadOnlyList<JsStatement>? ChainedTo, IReadOnlyList<JsStatement> Body);

    private static ConstructorPieces ConstructorParts(INamedTypeSymbol type, IMethodSymbol? constructor, LoweringContext context, FileScope file, bool returnsThis = false)
    {
        var syntax = constructor?.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
        var scope = syntax ?? type.DeclaringSyntaxReferences.First().GetSyntax();
        var body = new BodyLowerer(context, file, (ISymbol?)constructor ?? type, scope, runsAtLoad: false) { BareReturnsThis = returnsThis };
        var operation = syntax is ConstructorDeclarationSyntax ? context.ModelFor(syntax.SyntaxTree).GetOperation(syntax) as IConstructorBodyOperation : null;
        var invocation = operation?.Initializer is IExpressionStatementOperation { Operation: IInvocationOperation call } ? call : PrimaryBaseCall(syntax, context);
        var semantics = context.Semantics;
        IReadOnlyList<JsStatement>? chainedTo = null;
        IReadOnlyList<JsStatement>? baseMethod = null;
        var baseArguments = new List<JsExpression>();
        IReadOnlyList<JsStatement> initializers = System.Array.Empty<JsStatement>();
        IReadOnlyList<JsStatement> beforeBase = System.Array.Empty<JsStatement>();
        if (invocation is { TargetMethod: { IsImplicitlyDeclared: true, ContainingType.TypeKind: TypeKind.Struct } })
        {
            // this() of a struct without a parameterless constructor zeroes it, as the JavaScript constructor has.
            chainedTo = System.Array.Empty<JsStatement>();
        }
        else if (invocation is not null && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType.OriginalDefinition, type.OriginalDefinition))
        {
            // this(...): the other constructor runs the initialisers; the arguments are evaluated before them, as in C#.
            body.Reference(invocation.TargetMethod);
            chainedTo = body.WithHoisting(() => new[] { ConstructorCall(new JsThis(), invocation.TargetMethod, invocation.Arguments, body) });
        }
        else
        {
            initializers = body.WithHoisting(() => FieldInitializers(type, body));
            var baseType = type.BaseType;
            var baseHasConstructorMethods = baseType is { } && semantics.IsInSource(baseType) && baseType.TypeKind == TypeKind.Class && semantics.HasConstructorMethods(baseType);
            if (baseHasConstructorMethods)
            {
                var target = invocation?.TargetMethod ?? baseType!.InstanceConstructors.FirstOrDefault(c => c.Parameters.Length == 0);
                if (syntax is RecordDeclarationSyntax { BaseList.Types: var types } && types.Any(t => t is PrimaryConstructorBaseTypeSyntax))
                {
                    context.Report(DiagnosticDescriptors.UnsupportedConstruct, syntax.GetLocation(), "a positional record passing arguments to a base record with several constructors");
                }
                else if (target is null)
                {
                    context.Report(DiagnosticDescriptors.UnsupportedConstruct, (syntax ?? scope).GetLocation(), "a base constructor call with default arguments");
                }
                else
                {
                    body.Reference(target);
                    var arguments = invocation?.Arguments ?? System.Collections.Immutable.ImmutableArray<IArgumentOperation>.Empty;
                    baseMethod = body.WithHoisting(() => new[] { ConstructorCall(new JsSuper(), target, arguments, body) });
                }
            }
            else if (invocation is not null)
            {
                baseArguments = Arguments.ForUserFunction(invocation.Arguments, body).WithTypeDefaults(invocation.TargetMethod, invocation.Syntax, body).Values.ToList();
            }
            else if (baseType?.InstanceConstructors.FirstOrDefault(c => c.Parameters.Length == 0) is { } implicitBase && semantics.IsInSource(implicitBase.ContainingType))
            {
                baseArguments = context.TypeDefaults.WithArguments(implicitBase, new List<JsExpression>(), scope, body);
            }
            if (!baseHasConstructorMethods && !returnsThis && baseType is { SpecialType: not SpecialType.System_Object })
            {
                // The JavaScript constructor calls super(...): what C# evaluates before the base constructor goes before it.
                var parameters = constructor?.Parameters.Select(p => body.Local(p).Name).ToList() ?? new List<string>();
                (beforeBase, initializers) = InitializersBeforeBase.Split(initializers, parameters, body);
            }
        }
        var constructorBody = operation?.BlockBody is { } block ? body.Block(block).Body
            : operation?.ExpressionBody is { } expression ? body.Block(expression).Body
            : new List<JsStatement>();
        return new ConstructorPieces(beforeBase, initializers, baseArguments, baseMethod, chainedTo, constructorBody);
    }

    /// <summary>The base constructor a positional record calls in its base list: <c>record Dog(string Name) : Animal(Name)</c>.</summary>
    private static IInvocationOperation? PrimaryBaseCall(SyntaxNode? syntax, LoweringContext context) =>
        syntax is RecordDeclarationSyntax { BaseList.Types: var types } && types.OfType<PrimaryConstructorBaseTypeSyntax>().FirstOrDefault() is { } baseCall
            ? context.ModelFor(syntax.SyntaxTree).GetOperation(baseCall) as IInvocationOperation
            : null;

    /// <summary><c>receiver.Name(arguments);</c>: a call of a constructor method on the object being built.</summary>
    private static JsStatement ConstructorCall(JsExpression receiver, IMethodSymbol constructor, System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, BodyLowerer body)
    {
        var lowered = Arguments.ForUserFunction(arguments, body);
        var call = new JsCall(new JsMember(receiver, body.Semantics.ConstructorName(constructor)), lowered.Values);
        return new JsExpressionStatement(lowered.Wrap(call));
    }

    /// <summary>Instance fields and auto-properties in declaration order, each at its initialiser or C# default.</summary>
    private static IEnumerable<JsStatement> FieldInitializers(INamedTypeSymbol type, BodyLowerer body)
    {
        foreach (var member in type.GetMembers().Where(m => !m.IsStatic && !m.IsImplicitlyDeclared))
        {
            var fieldType = member switch
            {
                IFieldSymbol { AssociatedSymbol: null, IsConst: false } field => field.Type,
                IPropertySymbol property when ScriptSemantics.IsAutoProperty(property) => property.Type,
                IEventSymbol @event when ScriptSemantics.IsFieldLike(@event) => @event.Type,
                _ => null,
            };
            if (fieldType is null) continue;
            // A struct's constructor method runs on its zeroed value: only initialisers change it.
            if (type.TypeKind == TypeKind.Struct && PositionalParameter(member, type) is null && MemberBodies.Initializer(member, body.Context) is null) continue;
            var target = MemberAccess.Key(new JsThis(), body.Semantics.MemberName(member));
            var value = PositionalParameter(member, type) is { } parameter ? body.Local(parameter) : MemberBodies.InitialValue(member, fieldType, body);
            yield return new JsExpressionStatement(new JsAssign("=", target, value));
        }
    }

    /// <summary>
    /// Drops a field's default value when the constructor body starts by assigning the field a simple value
    /// (a parameter, a literal): nothing can read the default in between, so it is noise.
    /// </summary>
    private static IEnumerable<JsStatement> WithoutOverwrittenDefaults(IEnumerable<JsStatement> initializers, IReadOnlyList<JsStatement> constructorBody)
    {
        var assignedFirst = new HashSet<string>();
        foreach (var statement in constructorBody)
        {
            if (statement is not JsExpressionStatement { Expression: JsAssign { Operator: "=", Target: JsMember { Object: JsThis } member, Value: var value } }
                || !BodyLowerer.IsSimple(value) || value is JsMember) break;
            assignedFirst.Add(member.Name);
        }
        return initializers.Where(statement => !(statement is JsExpressionStatement { Expression: JsAssign { Target: JsMember { Object: JsThis } member, Value: var value } }
            && assignedFirst.Contains(member.Name) && IsDefaultLiteral(value)));
    }

    private static bool IsDefaultLiteral(JsExpression value) =>
        value is JsNullLiteral or JsNumberLiteral { Value: 0 } or JsBooleanLiteral { Value: false } or JsStringLiteral { Value: "\0" };

    /// <summary>The primary-constructor parameter a record's positional property is initialised from.</summary>
    private static IParameterSymbol? PositionalParameter(ISymbol member, INamedTypeSymbol type) =>
        member is IPropertySymbol property && property.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.ParameterSyntax)
            ? type.InstanceConstructors.SelectMany(c => c.Parameters).FirstOrDefault(p => p.Name == property.Name && p.DeclaringSyntaxReferences.Any(r => r.GetSyntax() == property.DeclaringSyntaxReferences[0].GetSyntax()))
            : null;

    private static IEnumerable<JsClassMember> Property(IPropertySymbol property, LoweringContext context, FileScope file)
    {
        var location = property.Locations.FirstOrDefault();
        if (property.IsIndexer)
        {
            foreach (var accessor in Indexer(property, context, file)) yield return accessor;
            yield break;
        }
        if (ScriptSemantics.IsAutoProperty(property))
        {
            if (property.IsVirtual || property.IsOverride) context.Report(DiagnosticDescriptors.VirtualAutoProperty, location, property.Name);
            yield break;
        }
        if (property.IsOverride && property.OverriddenProperty?.Name == "Message" && ScriptSemantics.DerivesFromException(property.ContainingType))
        {
            context.Report(DiagnosticDescriptors.ExceptionMessageOverride, location);
            yield break;
        }
        var name = context.Semantics.MemberName(property);
        if (property.GetMethod is { } getter)
        {
            yield return new JsClassMember(name, JsMethodKind.Getter, property.IsStatic, new List<JsParameter>(), MemberBodies.Lower(getter, context, file))
            { Doc = MemberBodies.Summary(property) };
        }
        if (property.SetMethod is { } setter)
        {
            yield return new JsClassMember(name, JsMethodKind.Setter, property.IsStatic,
                MemberBodies.Parameters(setter, context, file, withDefaults: false), MemberBodies.Lower(setter, context, file));
        }
    }

    /// <summary>
    /// An indexer is a getter and a setter method taking its parameters (<c>getItem(i)</c>, <c>setItem(i, value)</c>),
    /// as JavaScript's property accessors take none.
    /// </summary>
    private static IEnumerable<JsClassMember> Indexer(IPropertySymbol indexer, LoweringContext context, FileScope file)
    {
        var getterName = context.Semantics.MemberName(indexer);
        if (indexer.GetMethod is { } getter)
        {
            yield return new JsClassMember(getterName, JsMethodKind.Method, false, MemberBodies.Parameters(getter, context, file, withDefaults: false), MemberBodies.Lower(getter, context, file))
            { Doc = MemberBodies.Summary(indexer) };
        }
        if (indexer.SetMethod is { } setter)
        {
            yield return new JsClassMember(ScriptSemantics.IndexerSetterName(getterName), JsMethodKind.Method, false,
                MemberBodies.Parameters(setter, context, file, withDefaults: false), MemberBodies.Lower(setter, context, file));
        }
    }

    /// <summary>
    /// An event with add and remove accessors of its own is two methods (<c>addChanged(value)</c>,
    /// <c>removeChanged(value)</c>); a field-like one is a field of the class holding the delegate. Interfaces are
    /// erased and += on a field-like event combines its field in place, so an event with accessors of its own that
    /// implements an interface's is refused (GAS1013), as are events another may replace (SubsetValidator).
    /// </summary>
    private static IEnumerable<JsClassMember> Event(IEventSymbol @event, LoweringContext context, FileScope file)
    {
        var location = @event.Locations.FirstOrDefault();
        // Virtual, abstract and overriding events are refused by the Validate stage.
        if (ScriptSemantics.IsFieldLike(@event) || @event.IsVirtual || @event.IsAbstract || @event.IsOverride) yield break;
        if (@event.ContainingType.AllInterfaces.SelectMany(i => i.GetMembers().OfType<IEventSymbol>())
            .Any(e => SymbolEqualityComparer.Default.Equals(@event.ContainingType.FindImplementationForInterfaceMember(e), @event)))
        {
            context.Report(DiagnosticDescriptors.EventNotSupported, location, "an event with add and remove accessors implementing an interface's event");
            yield break;
        }
        var adderName = context.Semantics.MemberName(@event);
        yield return new JsClassMember(adderName, JsMethodKind.Method, @event.IsStatic, MemberBodies.Parameters(@event.AddMethod!, context, file, withDefaults: false),
            MemberBodies.Lower(@event.AddMethod!, context, file)) { Doc = MemberBodies.Summary(@event) };
        yield return new JsClassMember(ScriptSemantics.EventRemoverName(adderName), JsMethodKind.Method, @event.IsStatic,
            MemberBodies.Parameters(@event.RemoveMethod!, context, file, withDefaults: false), MemberBodies.Lower(@event.RemoveMethod!, context, file));
    }

    /// <summary>
    /// C# zero-initialises every static field before it runs any initialiser, then runs the initialisers in
    /// textual order; so constants and fields without initialisers are assigned first.
    /// </summary>
    public static IEnumerable<ISymbol> StaticInitializationOrder(INamedTypeSymbol type, LoweringContext context)
    {
        var statics = type.GetMembers().Where(m => m.IsStatic && !m.IsImplicitlyDeclared && m switch
        {
            IFieldSymbol { AssociatedSymbol: null } => true,
            IPropertySymbol property => ScriptSemantics.IsAutoProperty(property),
            IEventSymbol @event => ScriptSemantics.IsFieldLike(@event),
            _ => false,
        }).ToList();
        return statics.OrderBy(m => m is IFieldSymbol { IsConst: true } ? 0 : MemberBodies.Initializer(m, context) is null ? 1 : 2);
    }

    public static ITypeSymbol MemberType(ISymbol member) => member switch
    {
        IFieldSymbol field => field.Type,
        IEventSymbol @event => @event.Type,
        _ => ((IPropertySymbol)member).Type,
    };

    /// <summary>
    /// The static fields and auto-properties whose initialiser may be preceded by a read of them: their own
    /// initialiser, or an earlier one, reads them directly or through what it calls. .NET reads the C# default
    /// there, so they are set to it before any initialiser runs (JavaScript would read undefined, or throw for a
    /// top-level constant).
    /// </summary>
    public static IReadOnlyList<ISymbol> ReadBeforeInitialized(IReadOnlyList<ISymbol> order, LoweringContext context)
    {
        var pending = order.Where(m => MemberBodies.Initializer(m, context) is not null).ToHashSet(SymbolEqualityComparer.Default);
        var early = new List<ISymbol>();
        foreach (var member in order.Where(pending.Contains).ToList())
        {
            var reached = Reached(member, context.Graph);
            early.AddRange(order.Where(m => pending.Contains(m) && reached.Contains(m) && !early.Contains(m, SymbolEqualityComparer.Default)));
            pending.Remove(member);
        }
        return order.Where(m => early.Contains(m, SymbolEqualityComparer.Default)).ToList();
    }

    /// <summary>The symbols a member's code refers to, following the bodies of the methods, accessors and constructors it reaches.</summary>
    private static HashSet<ISymbol> Reached(ISymbol owner, CodeGraph graph)
    {
        var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var work = new Stack<ISymbol>(graph.ReferencesOf(owner));
        while (work.Count > 0)
        {
            var symbol = work.Pop();
            if (!seen.Add(symbol)) continue;
            IEnumerable<ISymbol?> bodies = symbol switch
            {
                IPropertySymbol property => new[] { property.GetMethod, property.SetMethod },
                INamedTypeSymbol type => type.InstanceConstructors,
                _ => new[] { symbol },
            };
            foreach (var body in bodies.OfType<ISymbol>())
            {
                foreach (var reference in graph.ReferencesOf(body)) work.Push(reference);
            }
        }
        return seen;
    }

    /// <summary>
    /// <c>Class.member = value;</c> after the class, for a static field, constant or auto-property. Temporaries it
    /// needs are top-level lets, so their names are unique in the project (every file shares one global scope).
    /// </summary>
    private static IEnumerable<JsStatement> StaticAssignment(ISymbol member, ITypeSymbol type, string className, bool runsAtLoad, LoweringContext context, FileScope file)
    {
        var syntax = member.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
        // Lazy ones share initialize_'s body, so their temporaries too need names unique beyond their own initialiser.
        var body = new BodyLowerer(context, file, member, syntax, runsAtLoad, hoistsToTopLevel: true);
        return body.WithHoisting(() => new[]
        {
            new JsExpressionStatement(new JsAssign("=", MemberAccess.Key(MemberAccess.Path(className), context.Semantics.MemberName(member)),
                MemberBodies.InitialValue(member, type, body))),
        });
    }
}
