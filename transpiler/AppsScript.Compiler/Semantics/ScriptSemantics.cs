using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Printer;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AppsScript.Compiler.Semantics;

/// <summary>
/// How each C# symbol looks in the emitted script, decided once per symbol before lowering: the shape of
/// every type, the JavaScript name of every member, the JSON key of every plain-data property and the
/// project-wide top-level names. Lowering asks here and never reads attributes itself.
/// </summary>
public sealed class ScriptSemantics
{
    private static readonly SymbolEqualityComparer Comparer = SymbolEqualityComparer.Default;

    private readonly Compilation _compilation;
    private readonly List<Diagnostic> _diagnostics;
    private readonly Dictionary<ITypeSymbol, TypeShape> _shapes = new(Comparer);
    private readonly Dictionary<ISymbol, string> _memberNames = new(Comparer);
    private readonly HashSet<ITypeSymbol> _namedTypes = new(Comparer);
    private readonly HashSet<ITypeSymbol> _baseTypesInSource = new(Comparer);
    private readonly Dictionary<ITypeSymbol, IReadOnlyList<IPropertySymbol>> _plainDataMembers = new(Comparer);
    private readonly IReadOnlyCollection<string> _helperNames;

    public ScriptSemantics(Compilation compilation, List<Diagnostic> diagnostics)
        : this(compilation, diagnostics, System.Array.Empty<string>())
    {
    }

    /// <param name="helperNames">The runtime helpers' names, which the program's top-level names may not take.</param>
    public ScriptSemantics(Compilation compilation, List<Diagnostic> diagnostics, IReadOnlyCollection<string> helperNames)
    {
        _compilation = compilation;
        _diagnostics = diagnostics;
        _helperNames = helperNames;
        SourceTypes = CollectSourceTypes(compilation.Assembly.GlobalNamespace).ToList();
        foreach (var type in SourceTypes)
        {
            if (type.BaseType is { } baseType && IsInSource(baseType)) _baseTypesInSource.Add(baseType.OriginalDefinition);
        }
        TopLevel = new TopLevelNames(this, diagnostics, helperNames);
        CheckDeclarations();
        NameGlobalMembers();
        foreach (var type in SourceTypes) EnsureMembersNamed(type);
        // An interface property's name may come from the plain data implementing it, which may disagree: decide every one now.
        foreach (var property in SourceTypes.Where(t => t.TypeKind == TypeKind.Interface).SelectMany(t => t.GetMembers().OfType<IPropertySymbol>())) MemberName(property);
        TopLevel.Collect(SourceTypes);
    }

    /// <summary>The host rules that attributes express: where [GlobalFunctions] may go, what [Name] may say, what [External] may bind.</summary>
    private void CheckDeclarations()
    {
        foreach (var type in SourceTypes)
        {
            var location = type.Locations.FirstOrDefault();
            if (KnownAttributes.Has(type, KnownAttributes.GlobalFunctions) && !type.IsStatic)
            {
                _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.GlobalFunctionsNotStatic, location, type.Name));
            }
            if (KnownAttributes.Find(type, KnownAttributes.External) is { } external && KnownAttributes.StringArgument(external) is { } path
                && Verification.OutputVerifier.ForbiddenGlobals.Contains(path.Split('.')[0]))
            {
                _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ForbiddenHostGlobal, location, path.Split('.')[0]));
            }
            CheckName(type, JsNames.IsBindingIdentifier);
            var isTopLevel = ShapeOf(type) == TypeShape.GlobalFunctions;
            foreach (var member in type.GetMembers().Where(m => !m.IsImplicitlyDeclared))
            {
                CheckName(member, isTopLevel ? JsNames.IsBindingIdentifier : JsNames.IsIdentifierName);
            }
        }
    }

    private void CheckName(ISymbol symbol, System.Func<string, bool> isValid)
    {
        if (KnownAttributes.Find(symbol, KnownAttributes.Name) is not { } attribute) return;
        var name = KnownAttributes.StringArgument(attribute);
        if (name is not null && isValid(name)) return;
        var location = attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? symbol.Locations.FirstOrDefault();
        _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.InvalidJsName, location, name ?? "(null)"));
    }

    public Compilation Compilation => _compilation;

    /// <summary>Every type declared in the compiled project, nested types included, in declaration order.</summary>
    public IReadOnlyList<INamedTypeSymbol> SourceTypes { get; }

    public TopLevelNames TopLevel { get; }

    private bool? _hasReadOnlyCollectionClasses;

    /// <summary>
    /// Whether a class of the program implements IReadOnlyCollection&lt;T&gt; or IReadOnlyList&lt;T&gt;, so that a value
    /// typed so may be its object rather than an array: an iterable, whose Count and indexer are its own members.
    /// </summary>
    public bool HasReadOnlyCollectionClasses => _hasReadOnlyCollectionClasses ??= SourceTypes.Any(EnumerableClasses.IsReadOnlyCollectionClass);

    private static IEnumerable<INamedTypeSymbol> CollectSourceTypes(INamespaceSymbol ns)
    {
        foreach (var member in ns.GetMembers())
        {
            if (member is INamespaceSymbol child)
            {
                foreach (var type in CollectSourceTypes(child)) yield return type;
                continue;
            }
            foreach (var type in WithNested((INamedTypeSymbol)member))
            {
                if (!type.IsImplicitlyDeclared && type.DeclaringSyntaxReferences.Length > 0) yield return type;
            }
        }
    }

    private static IEnumerable<INamedTypeSymbol> WithNested(INamedTypeSymbol type)
    {
        yield return type;
        foreach (var nested in type.GetTypeMembers())
        {
            foreach (var inner in WithNested(nested)) yield return inner;
        }
    }

    public bool IsInSource(ISymbol symbol) =>
        Comparer.Equals(symbol.ContainingAssembly, _compilation.Assembly) && symbol.DeclaringSyntaxReferences.Length > 0;

    /// <summary>True for a type of the program that another type of the program derives from.</summary>
    public bool HasDerivedTypes(ITypeSymbol type) => _baseTypesInSource.Contains(type.OriginalDefinition);

    // ---- types --------------------------------------------------------------------------------------

    public TypeShape ShapeOf(ITypeSymbol type)
    {
        type = type.OriginalDefinition;
        if (_shapes.TryGetValue(type, out var shape)) return shape;
        shape = ComputeShape(type);
        _shapes[type] = shape;
        return shape;
    }

    private TypeShape ComputeShape(ITypeSymbol type)
    {
        if (IsExternal(type)) return TypeShape.External;
        if (type is not INamedTypeSymbol named || !IsInSource(type)) return TypeShape.Library;
        if (named.TypeKind is TypeKind.Interface or TypeKind.Delegate) return TypeShape.Erased;
        if (named.TypeKind == TypeKind.Enum) return TypeShape.Enum;
        if (named.IsStatic) return KnownAttributes.Has(named, KnownAttributes.GlobalFunctions) ? TypeShape.GlobalFunctions : TypeShape.StaticClass;
        return IsPlainDataCandidate(named) ? TypeShape.PlainData : TypeShape.Class;
    }

    private static bool IsExternal(ITypeSymbol type)
    {
        for (ISymbol? current = type; current is INamedTypeSymbol t; current = t.ContainingType)
        {
            if (KnownAttributes.Has(t, KnownAttributes.External)) return true;
        }
        return false;
    }

    /// <summary>
    /// A record or class of instance auto-properties only, with no base class, no derived class, no
    /// constructor of its own (a record's primary constructor aside) and no other members.
    /// </summary>
    private bool IsPlainDataCandidate(INamedTypeSymbol type)
    {
        if (type.TypeKind != TypeKind.Class || type.IsAbstract) return false;
        if (type.BaseType is { SpecialType: not SpecialType.System_Object }) return false;
        if (_baseTypesInSource.Contains(type)) return false;
        foreach (var member in type.GetMembers())
        {
            if (member.IsImplicitlyDeclared) continue;
            switch (member)
            {
                case IPropertySymbol property when !property.IsStatic && !property.IsVirtual && IsAutoProperty(property):
                    continue;
                case IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet }:
                    continue;
                case IMethodSymbol { MethodKind: MethodKind.Constructor } constructor when IsPrimaryConstructor(constructor):
                    continue;
                case IFieldSymbol { AssociatedSymbol: not null }:
                    continue;
                case INamedTypeSymbol:
                    continue;
                default:
                    return false;
            }
        }
        return true;
    }

    private static bool IsPrimaryConstructor(IMethodSymbol constructor) =>
        constructor.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is TypeDeclarationSyntax);

    /// <summary>True for a property whose accessors have no bodies, including a record's positional property.</summary>
    public static bool IsAutoProperty(IPropertySymbol property)
    {
        if (property.IsAbstract || property.IsExtern) return false;
        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            switch (reference.GetSyntax())
            {
                case ParameterSyntax:
                    return true;
                case PropertyDeclarationSyntax syntax:
                    if (syntax.ExpressionBody is not null || syntax.AccessorList is null) return false;
                    return syntax.AccessorList.Accessors.All(a => a.Body is null && a.ExpressionBody is null);
            }
        }
        return false;
    }

    /// <summary>The expression that names the type in JavaScript: a class or enum name, or a host path.</summary>
    public string TypeName(ITypeSymbol type)
    {
        type = type.OriginalDefinition;
        if (ShapeOf(type) == TypeShape.External) return ExternalPath(type);
        if (KnownAttributes.Find(type, KnownAttributes.Name) is { } nameAttribute && KnownAttributes.StringArgument(nameAttribute) is { } name) return name;
        return type.ContainingType is { } outer ? TypeName(outer) + "_" + type.Name : type.Name;
    }

    private string ExternalPath(ITypeSymbol type)
    {
        if (KnownAttributes.Find(type, KnownAttributes.External) is { } external && KnownAttributes.StringArgument(external) is { } path) return path;
        if (KnownAttributes.Find(type, KnownAttributes.Name) is { } nameAttribute && KnownAttributes.StringArgument(nameAttribute) is { } name) return name;
        return type.ContainingType is { } outer ? ExternalPath(outer) + "." + type.Name : type.Name;
    }

    // ---- members ------------------------------------------------------------------------------------

    /// <summary>The JavaScript name of a field, property, method or enum member, or the JSON key of a plain-data property.</summary>
    public string MemberName(ISymbol member)
    {
        member = member.OriginalDefinition;
        if (member is IMethodSymbol { AssociatedSymbol: IPropertySymbol property }) member = property;
        if (member is IMethodSymbol { ReducedFrom: { } reduced }) member = reduced;
        if (_memberNames.TryGetValue(member, out var name)) return name;
        // A class member's name depends on the clash pass over its class, so that pass runs first.
        if (member.ContainingType is { } container && EnsureMembersNamed(container) && _memberNames.TryGetValue(member, out name)) return name;
        name = ComputeMemberName(member);
        _memberNames[member] = name;
        return name;
    }

    private bool EnsureMembersNamed(INamedTypeSymbol type)
    {
        type = type.OriginalDefinition;
        if (!_namedTypes.Add(type)) return false;
        NameMembers(type);
        return true;
    }

    private string ComputeMemberName(ISymbol member)
    {
        if (NameAttribute(member) is { } explicitName) return explicitName;
        var container = member.ContainingType;
        switch (ShapeOf(container))
        {
            case TypeShape.PlainData when member is IPropertySymbol property:
                return JsonKeys.KeyOf(property);
            case TypeShape.Enum:
                return member.Name;
            case TypeShape.External when container.TypeKind == TypeKind.Enum:
                return member.Name;
            case TypeShape.GlobalFunctions:
                return NamingConvention.ToCamelCase(member.Name);
            case TypeShape.Erased when member is IPropertySymbol property && PlainDataKey(property) is { } key:
                return key;
        }
        if (member is IMethodSymbol { OverriddenMethod: { } overriddenMethod }) return MemberName(overriddenMethod);
        if (member is IPropertySymbol { OverriddenProperty: { } overriddenProperty }) return MemberName(overriddenProperty);
        return NamingConvention.ToCamelCase(member.Name);
    }

    /// <summary>
    /// The JSON key under which plain data implements an interface property: a plain object holds its properties under
    /// their JSON keys, so every read through the interface (or a type parameter constrained to it) must use that key,
    /// and so must the classes implementing it too. Null when no plain data implements it.
    /// </summary>
    private string? PlainDataKey(IPropertySymbol interfaceProperty)
    {
        var keys = new List<(INamedTypeSymbol Type, string Key)>();
        foreach (var type in SourceTypes.Where(t => ShapeOf(t) == TypeShape.PlainData))
        {
            foreach (var contract in type.AllInterfaces.Where(i => Comparer.Equals(i.OriginalDefinition, interfaceProperty.ContainingType)))
            {
                var declared = contract.GetMembers().FirstOrDefault(m => Comparer.Equals(m.OriginalDefinition, interfaceProperty));
                if (declared is not null && type.FindImplementationForInterfaceMember(declared) is IPropertySymbol implementation) keys.Add((type, JsonKeys.KeyOf(implementation)));
            }
        }
        var distinct = keys.Select(k => k.Key).Distinct().ToList();
        if (distinct.Count > 1)
        {
            var described = string.Join(", ", keys.Select(k => $"'{k.Key}' ({k.Type.Name})"));
            _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.InterfaceMemberKeysDiffer, interfaceProperty.Locations.FirstOrDefault(), interfaceProperty.ToDisplayString(), described));
        }
        return distinct.FirstOrDefault();
    }

    private static string? NameAttribute(ISymbol member) =>
        KnownAttributes.Find(member, KnownAttributes.Name) is { } attribute ? KnownAttributes.StringArgument(attribute) : null;

    // ---- the naming rule ----------------------------------------------------------------------------

    /// <summary>
    /// The names a member may take, in order of preference: its own name, then numbered (<see cref="NamingConvention.Numbered"/>).
    /// Overloads (methods sharing a C# name) are numbered from the second, in declaration order, as constructors are
    /// (<c>format</c>, <c>format_2</c>); a member that only happens to meet another's JavaScript name (a field <c>name</c>
    /// beside a property <c>Name</c>, a reserved word) first tries a trailing underscore (<c>name_</c>). <paramref name="trailing"/>
    /// goes after the number (a private global function's underscore: <c>format_</c>, <c>format_2_</c>).
    /// </summary>
    private static string FreeName(string name, bool overload, System.Func<string, bool> isTaken, string trailing = "")
    {
        if (!isTaken(name + trailing)) return name + trailing;
        if (!overload && !isTaken(name + "_" + trailing)) return name + "_" + trailing;
        for (var number = 2; ; number++)
        {
            var candidate = NamingConvention.Numbered(name, number) + trailing;
            if (!isTaken(candidate)) return candidate;
        }
    }

    // ---- global functions ---------------------------------------------------------------------------

    /// <summary>
    /// Names the members of every [GlobalFunctions] class at once, since all share Apps Script's one global scope with
    /// the classes, the runtime helpers and the host's globals. What the host or a person sees keeps its name as
    /// written: public methods (the entry points triggers, the Run menu and google.script.run call by name), public
    /// fields and anything named with [Name]; a clash among those is an error (GAS1010 for overloads of one class,
    /// GAS4002 otherwise, reported by <see cref="TopLevelNames"/>). Everything else is internal to the emitted code: a
    /// method that is not public gets a trailing underscore, which hides it from the Run menu and google.script.run, and
    /// a name that would collide is numbered (<see cref="FreeName"/>): a private overload <c>format_2_</c>, a helper of a
    /// second class <c>log_2_</c>, a private function named like a runtime helper <c>intDiv_2_</c>, a second class's
    /// private field <c>cache_2</c>.
    /// </summary>
    private void NameGlobalMembers()
    {
        var taken = new HashSet<string>(_helperNames);
        bool Taken(string name) => taken.Contains(name) || TopLevel.IsHostGlobal(name);
        taken.UnionWith(SourceTypes.Where(t => ShapeOf(t) is TypeShape.Class or TypeShape.StaticClass or TypeShape.Enum).Select(TypeName));
        var kept = new Dictionary<string, ISymbol>();
        var internalMembers = new List<ISymbol>();
        foreach (var type in SourceTypes.Where(t => ShapeOf(t) == TypeShape.GlobalFunctions))
        {
            foreach (var member in TopLevelNames.GlobalMembers(type))
            {
                var explicitName = NameAttribute(member);
                if (explicitName is null && member.DeclaredAccessibility != Accessibility.Public)
                {
                    internalMembers.Add(member);
                    continue;
                }
                var name = explicitName ?? NamingConvention.ToCamelCase(member.Name);
                if (explicitName is null && kept.TryGetValue(name, out var other) && other is IMethodSymbol && member is IMethodSymbol
                    && other.Name == member.Name && Comparer.Equals(other.ContainingType, member.ContainingType))
                {
                    _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.OverloadNotSupported, member.Locations.FirstOrDefault(),
                        member.ToDisplayString(), other.ToDisplayString(), name,
                        "Apps Script calls an entry point by its name, so entry points are never renamed; rename one, make one non-public or give one [Name(\"...\")]"));
                    name = FreeName(name, overload: true, Taken);
                }
                kept.TryAdd(name, member);
                taken.Add(name);
                _memberNames[member.OriginalDefinition] = name;
            }
        }
        foreach (var member in internalMembers)
        {
            var isFunction = member is IMethodSymbol;
            var name = FreeName(NamingConvention.ToCamelCase(member.Name), overload: true, Taken, isFunction ? "_" : "");
            taken.Add(name);
            _memberNames[member.OriginalDefinition] = name;
        }
    }

    private static readonly HashSet<string> ReservedInstanceNames = new() { "constructor", "__proto__" };
    private static readonly HashSet<string> ReservedStaticNames = new() { "name", "length", "prototype", "caller", "arguments", StaticConstructorName };
    private static readonly HashSet<string> ReservedErrorNames = new() { "name", "message", "stack", "cause" };

    // ---- class and interface members ----------------------------------------------------------------

    /// <summary>
    /// Names the members of a class so that no two members of the class and its bases share a JavaScript name. Names
    /// fixed elsewhere come first: an override takes the name of what it overrides (so virtual dispatch works per
    /// overload), an interface implementation the interface member's name (interfaces are erased), [Name] its own.
    /// Then the others, in declaration order (non-private first): overloads, in this class or with a base class's
    /// methods, are numbered (<c>format</c>, <c>format_2</c>; an overload a derived class adds takes the next free
    /// number), and other clashes, such as a field <c>name</c> beside a property <c>Name</c>, rename the later member.
    /// Roslyn resolves every call to one method, and class member names are internal to the emitted code. Hiding
    /// an inherited member is an error (GAS1022).
    /// </summary>
    private void NameMembers(INamedTypeSymbol type)
    {
        var shape = ShapeOf(type);
        if (type.TypeKind == TypeKind.Interface && shape == TypeShape.Erased)
        {
            NameInterfaceMethods(type);
            return;
        }
        if (shape is not (TypeShape.Class or TypeShape.StaticClass)) return;
        var instanceNames = new Dictionary<string, ISymbol>();
        var staticNames = new Dictionary<string, ISymbol>();
        foreach (var baseType in BaseTypesInSource(type))
        {
            EnsureMembersNamed(baseType);
            foreach (var inherited in NamedMembers(baseType).Where(m => !m.IsStatic)) Hold(inherited, MemberName(inherited), instanceNames);
        }
        var isException = DerivesFromException(type);
        var members = NamedMembers(type).ToList();
        var others = new List<ISymbol>();
        foreach (var member in members.Where(IsOverride)) Claim(member, MemberName(member), member.IsStatic ? staticNames : instanceNames);
        foreach (var member in members.Where(m => !IsOverride(m)))
        {
            var names = member.IsStatic ? staticNames : instanceNames;
            var contract = InterfaceMember(type, member);
            var fixedName = NameAttribute(member) ?? (contract is null ? null : MemberName(contract));
            // IEquatable<T>.Equals(T) beside an Equals(object) override: both are .NET's Equals, and the library
            // interface is erased and called by no helper by name, so it is numbered as an overload would be.
            if (fixedName is null || NameAttribute(member) is null && contract is not null && !IsInSource(contract)
                && names.TryGetValue(fixedName, out var overridden) && IsOverride(overridden) && member is IMethodSymbol)
            {
                others.Add(member);
                continue;
            }
            if (NameAttribute(member) is null && names.TryGetValue(fixedName, out var holder) && holder is IMethodSymbol && member is IMethodSymbol)
            {
                _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.OverloadNotSupported, member.Locations.FirstOrDefault(), member.ToDisplayString(), holder.ToDisplayString(), fixedName,
                    "the first implements an interface member of that name and must take it, as interfaces are erased; rename one or give one [Name(\"...\")]"));
            }
            Claim(member, fixedName, names);
        }
        foreach (var member in others.OrderBy(m => Rank(m, members)))
        {
            var names = member.IsStatic ? staticNames : instanceNames;
            var desired = DesiredName(member);
            var reserved = member.IsStatic ? ReservedStaticNames : isException ? ReservedErrorNames.Concat(ReservedInstanceNames).ToHashSet() : ReservedInstanceNames;
            if (names.TryGetValue(desired, out var existing)) ReportHiding(member, existing, type);
            var name = FreeName(desired, IsOverload(member, names.Values), n => IsTaken(member, n, names) || reserved.Contains(n));
            Claim(member, name, names);
        }
        CheckInheritedImplementations(type, instanceNames);
    }

    /// <summary>Private members are named after the others, except that overloads keep their declaration order.</summary>
    private static int Rank(ISymbol member, IReadOnlyList<ISymbol> members)
    {
        static int Of(ISymbol m) => m.DeclaredAccessibility == Accessibility.Private ? 1 : 0;
        return member is IMethodSymbol ? members.Where(m => m is IMethodSymbol && m.Name == member.Name).Min(Of) : Of(member);
    }

    /// <summary>A method another method of the same C# name already holds a name beside (in the class or a base class).</summary>
    private static bool IsOverload(ISymbol member, IEnumerable<ISymbol> named) =>
        member is IMethodSymbol or IPropertySymbol { IsIndexer: true } && named.Any(n => n.Kind == member.Kind && n.Name == member.Name && !Comparer.Equals(n, member));

    /// <summary>
    /// Overloads of an interface are numbered as a class's are, after those of the interfaces it extends; a class
    /// implementing them takes these names.
    /// </summary>
    private void NameInterfaceMethods(INamedTypeSymbol type)
    {
        var names = new Dictionary<string, ISymbol>();
        foreach (var contract in type.AllInterfaces)
        {
            EnsureMembersNamed(contract.OriginalDefinition);
            foreach (var inherited in NamedMembers(contract.OriginalDefinition).Where(m => !m.IsStatic)) Hold(inherited, MemberName(inherited), names);
        }
        foreach (var member in NamedMembers(type).Where(m => !m.IsStatic))
        {
            if (member is not (IMethodSymbol or IPropertySymbol { IsIndexer: true }) || NameAttribute(member) is not null)
            {
                Hold(member, MemberName(member), names);
                continue;
            }
            var name = FreeName(DesiredName(member), IsOverload(member, names.Values), n => IsTaken(member, n, names));
            Claim(member, name, names);
        }
    }

    /// <summary>
    /// The name a member asks for: its camelCase name; for an indexer its getter's, <c>getItem</c> (.NET's
    /// <c>get_Item</c>), as an indexer becomes a getter and a setter method (<see cref="IndexerSetterName"/>); for an
    /// event with add and remove accessors its adder's, <c>addChanged</c> (<see cref="EventRemoverName"/>).
    /// </summary>
    private static string DesiredName(ISymbol member) => member switch
    {
        IPropertySymbol { IsIndexer: true } indexer => "get" + indexer.MetadataName,
        IEventSymbol @event when !IsFieldLike(@event) => "add" + @event.Name,
        _ => NamingConvention.ToCamelCase(member.Name),
    };

    /// <summary>The second method's name of a member that is two methods (an indexer's setter, an event's remover), else null.</summary>
    private static string? CompanionName(ISymbol member, string name) => member switch
    {
        IPropertySymbol { IsIndexer: true } => IndexerSetterName(name),
        IEventSymbol @event when !IsFieldLike(@event) => EventRemoverName(name),
        _ => null,
    };

    /// <summary>Whether a name is held; a member that is two methods needs both names free.</summary>
    private static bool IsTaken(ISymbol member, string name, Dictionary<string, ISymbol> names) =>
        names.ContainsKey(name) || (CompanionName(member, name) is { } companion && names.ContainsKey(companion));

    /// <summary>Records a name an inherited or interface member holds, and its second method's name.</summary>
    private static void Hold(ISymbol member, string name, Dictionary<string, ISymbol> names)
    {
        names.TryAdd(name, member);
        if (CompanionName(member, name) is { } companion) names.TryAdd(companion, member);
    }

    private void Claim(ISymbol member, string name, Dictionary<string, ISymbol> names)
    {
        names[name] = member;
        if (CompanionName(member, name) is { } companion) names[companion] = member;
        _memberNames[member.OriginalDefinition] = name;
    }

    /// <summary>The setter method of an indexer whose getter is named <paramref name="getterName"/>: <c>getItem_2</c> → <c>setItem_2</c>.</summary>
    public static string IndexerSetterName(string getterName) => "set" + getterName.Substring("get".Length);

    /// <summary>The remove method of an event whose add method is named <paramref name="adderName"/>: <c>addChanged</c> → <c>removeChanged</c>.</summary>
    public static string EventRemoverName(string adderName) => "remove" + adderName.Substring("add".Length);

    /// <summary>
    /// An event without add and remove accessors of its own: a field holding the delegate, which += and -= combine
    /// in place (<c>this.changed = combineDelegates_(this.changed, handler)</c>).
    /// </summary>
    public static bool IsFieldLike(IEventSymbol @event) =>
        @event.DeclaringSyntaxReferences.Length > 0 && @event.DeclaringSyntaxReferences.All(r => r.GetSyntax() is VariableDeclaratorSyntax);

    /// <summary>
    /// A class may implement an interface member with a method it inherits, whose name was chosen in the base class:
    /// when that name is not the interface member's, and another member of the class holds it, calls through the
    /// interface would reach the wrong method (GAS1010).
    /// </summary>
    private void CheckInheritedImplementations(INamedTypeSymbol type, Dictionary<string, ISymbol> instanceNames)
    {
        foreach (var contract in type.AllInterfaces)
        {
            foreach (var interfaceMember in contract.GetMembers().OfType<IMethodSymbol>().Where(m => m.MethodKind == MethodKind.Ordinary && !m.IsStatic))
            {
                if (type.FindImplementationForInterfaceMember(interfaceMember) is not IMethodSymbol implementation || !IsInSource(implementation)) continue;
                if (Comparer.Equals(implementation.ContainingType.OriginalDefinition, type)) continue;
                var wanted = MemberName(interfaceMember);
                if (MemberName(implementation) == wanted || !instanceNames.TryGetValue(wanted, out var holder) || holder.Name != implementation.Name) continue;
                _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.OverloadNotSupported, type.Locations.FirstOrDefault(), implementation.ToDisplayString(), holder.ToDisplayString(), wanted,
                    $"'{type.Name}' implements '{interfaceMember.ToDisplayString()}' with the first, which its base class named '{MemberName(implementation)}', and interfaces are erased; implement it in '{type.Name}' or give the overloads the interface's order"));
            }
        }
    }

    /// <summary>A member with the name of an inherited member that it does not overload hides it (GAS1022).</summary>
    private void ReportHiding(ISymbol member, ISymbol existing, INamedTypeSymbol type)
    {
        if (member.Name != existing.Name || Comparer.Equals(existing.ContainingType, type)) return;
        if (member is IMethodSymbol method && existing is IMethodSymbol inherited && !SameSignature(method, inherited)) return;
        if (member is IPropertySymbol { IsIndexer: true } indexer && existing is IPropertySymbol { IsIndexer: true } inheritedIndexer
            && !indexer.Parameters.Select(p => p.Type).SequenceEqual(inheritedIndexer.Parameters.Select(p => p.Type), SymbolEqualityComparer.Default)) return;
        // Declared with `new`: the Validate stage reports it at that keyword.
        if (member.DeclaringSyntaxReferences.Any(r => r.GetSyntax().AncestorsAndSelf().OfType<MemberDeclarationSyntax>().FirstOrDefault()?.Modifiers.Any(SyntaxKind.NewKeyword) == true)) return;
        _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.MemberHidingNotSupported, member.Locations.FirstOrDefault(), member.ToDisplayString()));
    }

    /// <summary>Whether two methods have the same parameters, so that one hides the other rather than overloading it.</summary>
    private static bool SameSignature(IMethodSymbol a, IMethodSymbol b)
    {
        if (a.Arity != b.Arity || a.Parameters.Length != b.Parameters.Length) return false;
        for (var i = 0; i < a.Parameters.Length; i++)
        {
            var (x, y) = (a.Parameters[i], b.Parameters[i]);
            if (x.RefKind != y.RefKind) return false;
            if (x.Type is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } px && y.Type is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } py)
            {
                if (px.Ordinal != py.Ordinal) return false;
                continue;
            }
            if (!SymbolEqualityComparer.Default.Equals(x.Type, y.Type)) return false;
        }
        return true;
    }

    private static bool IsOverride(ISymbol member) => member.IsOverride;

    /// <summary>The interface member this member implements, whose name it must share (interfaces are erased).</summary>
    private ISymbol? InterfaceMember(INamedTypeSymbol type, ISymbol member)
    {
        if (member.IsStatic) return null;
        foreach (var contract in type.AllInterfaces)
        {
            // A library interface's indexer (IReadOnlyList<T>'s) has no name of the script's to share: the class's own is getItem.
            foreach (var interfaceMember in contract.GetMembers().Where(m => m is not IPropertySymbol { IsIndexer: true } || IsInSource(m)))
            {
                if (Comparer.Equals(type.FindImplementationForInterfaceMember(interfaceMember), member)) return interfaceMember;
            }
        }
        return null;
    }

    private IEnumerable<INamedTypeSymbol> BaseTypesInSource(INamedTypeSymbol type)
    {
        for (var current = type.BaseType; current is not null && IsInSource(current); current = current.BaseType) yield return current.OriginalDefinition;
    }

    /// <summary>
    /// The members of a type that get a JavaScript name: fields, properties, events, ordinary methods, and operators,
    /// which are static methods named as .NET names them (<c>op_Addition</c>, <c>op_Implicit</c>), numbered like overloads.
    /// </summary>
    public static IEnumerable<ISymbol> NamedMembers(INamedTypeSymbol type) =>
        type.GetMembers().Where(m => !m.IsImplicitlyDeclared && m switch
        {
            IFieldSymbol field => field.AssociatedSymbol is null,
            IPropertySymbol or IEventSymbol => true,
            IMethodSymbol method => method.MethodKind is MethodKind.Ordinary or MethodKind.UserDefinedOperator or MethodKind.Conversion,
            _ => false,
        });

    public static bool DerivesFromException(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.ToDisplayString() == "System.Exception") return true;
        }
        return false;
    }

    // ---- constructors -------------------------------------------------------------------------------

    private HashSet<ITypeSymbol>? _constructorMethodTypes;

    /// <summary>The constructors declared in the source of a type (a record's primary constructor too), in declaration order.</summary>
    public static IReadOnlyList<IMethodSymbol> DeclaredConstructors(INamedTypeSymbol type) =>
        type.OriginalDefinition.InstanceConstructors.Where(c => !c.IsImplicitlyDeclared).ToList();

    /// <summary>
    /// Whether the type's constructors are methods. A JavaScript class has one constructor, so a class that declares
    /// several turns each into a method that initialises the object and returns it (<c>new Point().Point_2(x)</c>),
    /// and so do its base classes, whose constructors it must choose among; its JavaScript constructor does nothing
    /// (a struct's zeroes the value).
    /// A class with one constructor keeps it as its JavaScript constructor, calling a base class's method after
    /// <c>super()</c> when its base has constructor methods.
    /// </summary>
    public bool HasConstructorMethods(INamedTypeSymbol type)
    {
        if (_constructorMethodTypes is null)
        {
            _constructorMethodTypes = new HashSet<ITypeSymbol>(Comparer);
            // A struct's JavaScript constructor makes its zeroed value, default(S), so every constructor it declares is a method.
            foreach (var source in SourceTypes.Where(t => t.TypeKind == TypeKind.Struct || t.TypeKind == TypeKind.Class && !t.IsStatic && DeclaredConstructors(t).Count > 1))
            {
                _constructorMethodTypes.Add(source.OriginalDefinition);
                foreach (var baseType in BaseTypesInSource(source)) _constructorMethodTypes.Add(baseType);
            }
        }
        return _constructorMethodTypes.Contains(type.OriginalDefinition);
    }

    /// <summary>
    /// The method name of a constructor of a type with constructor methods: the class name as the script knows it,
    /// numbered from the second constructor in declaration order (<c>Point</c>, <c>Point_2</c>). No member can take
    /// it, as C# names no member after its class and every other member name is camelCase, and it differs from the
    /// constructor names of the base classes, so that a constructor calling another of its own class never
    /// dispatches to a derived class.
    /// </summary>
    public string ConstructorName(IMethodSymbol constructor)
    {
        var type = constructor.ContainingType.OriginalDefinition;
        var index = DeclaredConstructors(type).ToList().FindIndex(c => Comparer.Equals(c, constructor.OriginalDefinition));
        return NamingConvention.Numbered(TypeName(type).Replace('.', '_'), index + 1);
    }

    // ---- static constructors ------------------------------------------------------------------------

    /// <summary>
    /// The static method of a class with a static constructor that runs the class's static initialisers and
    /// static constructor at its first use. No member takes it: static members named so are renamed.
    /// </summary>
    public const string StaticConstructorName = "initialize_";

    /// <summary>Whether the type declares a static constructor, which .NET runs, with its static initialisers, at the type's first use.</summary>
    public static bool HasStaticConstructor(ITypeSymbol type) =>
        type.OriginalDefinition is INamedTypeSymbol named && named.StaticConstructors.Any(c => !c.IsImplicitlyDeclared);

    /// <summary>A member that is data of its own, a property of the object rather than of its class: a field (not a constant), an auto-property or a field-like event.</summary>
    public static bool IsData(ISymbol member) => member switch
    {
        IFieldSymbol field => !field.IsConst,
        IPropertySymbol property => IsAutoProperty(property),
        IEventSymbol @event => IsFieldLike(@event),
        _ => false,
    };

    /// <summary>
    /// Whether reading or writing a static member from code of <paramref name="from"/> must first run the static
    /// constructor of the member's class: a static field, auto-property or field-like event (not a constant) of a class with a static
    /// constructor, used from another type. The class's own code runs after the constructor has started, and its
    /// static methods, accessors and constructors run it themselves.
    /// </summary>
    public static bool RunsStaticConstructorFirst(ISymbol member, ISymbol from)
    {
        if (!member.IsStatic || !IsData(member)) return false;
        var type = member.ContainingType;
        if (!HasStaticConstructor(type)) return false;
        var owner = from as INamedTypeSymbol ?? from.ContainingType;
        return !Comparer.Equals(owner?.OriginalDefinition, type.OriginalDefinition);
    }

    // ---- plain data ---------------------------------------------------------------------------------

    /// <summary>The properties of a plain-data type in declaration order, the order Newtonsoft writes them.</summary>
    public IReadOnlyList<IPropertySymbol> PlainDataMembers(ITypeSymbol type)
    {
        type = type.OriginalDefinition;
        if (_plainDataMembers.TryGetValue(type, out var members)) return members;
        members = type.GetMembers().OfType<IPropertySymbol>()
            .Where(p => !p.IsStatic && !p.IsIndexer && p.DeclaringSyntaxReferences.Length > 0 && p.Name != "EqualityContract")
            .ToList();
        _plainDataMembers[type] = members;
        return members;
    }

    /// <summary>True for a type whose instances are plain objects: user plain data, anonymous types and [External] data.</summary>
    public bool IsObjectLiteralType(ITypeSymbol type) =>
        type.IsAnonymousType || ShapeOf(type) == TypeShape.PlainData;
}
