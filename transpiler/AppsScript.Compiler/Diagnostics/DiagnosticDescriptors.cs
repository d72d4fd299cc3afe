using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Diagnostics;

/// <summary>
/// Every diagnostic the compiler reports, with a stable code. GAS1xxx: a C# language construct outside
/// the subset; GAS2xxx: a .NET library member with no Apps Script equivalent; GAS3xxx: plain data and
/// JSON; GAS4xxx: entry points, names and other rules of the Apps Script host; GAS9xxx: internal errors.
/// Codes are never reused or renumbered: tests and users refer to them.
/// </summary>
public static class DiagnosticDescriptors
{
    private const string Language = "AppsScript.Language";
    private const string Library = "AppsScript.Library";
    private const string Json = "AppsScript.Json";
    private const string Host = "AppsScript.Host";
    private const string Internal = "AppsScript.Internal";

    private static DiagnosticDescriptor Error(string id, string category, string title, string message) =>
        new(id, title, message, category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static DiagnosticDescriptor Warning(string id, string category, string title, string message) =>
        new(id, title, message, category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    // ---- GAS1xxx: language constructs -------------------------------------------------------------

    public static readonly DiagnosticDescriptor UnsupportedConstruct = Error("GAS1001", Language,
        "Unsupported construct", "{0} is not supported in Apps Script code");

    public static readonly DiagnosticDescriptor AsyncNotSupported = Error("GAS1002", Language,
        "async/await", "async methods and await are not supported: Apps Script has no event loop and all its services are synchronous");

    public static readonly DiagnosticDescriptor IteratorNotSupported = Error("GAS1003", Language,
        "Iterators", "{1} returning '{0}' is not supported: only iterators returning IEnumerable<T> or IEnumerator<T> are; return one of them, or build and return a List<T>");

    public static readonly DiagnosticDescriptor DynamicNotSupported = Error("GAS1004", Language,
        "dynamic", "'dynamic' is not supported: declare a type for the value");

    public static readonly DiagnosticDescriptor UnsafeNotSupported = Error("GAS1005", Language,
        "Unsafe code", "unsafe code, pointers, fixed and stackalloc are not supported");

    public static readonly DiagnosticDescriptor LockNotSupported = Error("GAS1006", Language,
        "lock", "the lock statement is not supported: an Apps Script execution is single-threaded; use LockService to guard against other executions");

    public static readonly DiagnosticDescriptor GotoNotSupported = Error("GAS1007", Language,
        "goto", "goto, goto case and labeled statements are not supported");

    public static readonly DiagnosticDescriptor StructNotSupported = Error("GAS1008", Language,
        "struct", "struct '{0}' is not supported: {1}");

    public static readonly DiagnosticDescriptor OperatorDeclarationNotSupported = Error("GAS1009", Language,
        "User-defined operators", "{0} is not supported: use a named method");

    public static readonly DiagnosticDescriptor OverloadNotSupported = Error("GAS1010", Language,
        "Overloads that must share a name", "'{0}' and its overload '{1}' would both be named '{2}' in JavaScript: {3}");

    public static readonly DiagnosticDescriptor MultipleConstructors = Error("GAS1011", Language,
        "Several constructors over a .NET base class", "'{0}' declares more than one constructor and derives from '{1}': its constructors become methods, which the .NET class has not; keep one constructor with optional parameters");

    public static readonly DiagnosticDescriptor RefParameterNotSupported = Error("GAS1012", Language,
        "Reference outside a parameter", "{0} is not supported: JavaScript has no references to variables, so ref, out and in work only as parameters of the program's own methods, local functions and delegates; return the value instead");

    public static readonly DiagnosticDescriptor EventNotSupported = Error("GAS1013", Language,
        "Event forms", "{0} is not supported: an event is a field holding its delegate, or an add and a remove method, and interfaces are erased");

    public static readonly DiagnosticDescriptor IndexerNotSupported = Error("GAS1014", Language,
        "Indexer forms", "{0} is not supported: an indexer is a getter and a setter method taking its parameters");

    public static readonly DiagnosticDescriptor ExplicitInterfaceImplementation = Error("GAS1015", Language,
        "Explicit interface implementation", "explicit interface implementation '{0}' is not supported: interfaces are erased, implement the member implicitly");

    public static readonly DiagnosticDescriptor TypeTestNotSupported = Error("GAS1016", Language,
        "Type test", "a type test or cast to '{0}' cannot be checked at run time: {1}");

    public static readonly DiagnosticDescriptor GenericTypeParameterUse = Error("GAS1017", Language,
        "Generic type parameter at run time", "'{0}' needs the type argument at run time, but generics are erased");

    public static readonly DiagnosticDescriptor ReflectionNotSupported = Error("GAS1018", Language,
        "Reflection", "reflection ({0}) is not supported");

    public static readonly DiagnosticDescriptor NumericTypeNotSupported = Error("GAS1019", Language,
        "Numeric type", "the numeric type '{0}' is not supported: JavaScript numbers are doubles; use int, long or double");

    public static readonly DiagnosticDescriptor UsingNotSupported = Error("GAS1020", Language,
        "using of a .NET type", "'{0}' has no Dispose in Apps Script: using works on the program's own classes and interfaces; call the cleanup in a finally block");

    public static readonly DiagnosticDescriptor NoToStringOverride = Error("GAS1021", Language,
        "String of an object without ToString", "'{0}' is converted to a string, which .NET prints as {1}, but JavaScript cannot: override ToString or format its members");

    public static readonly DiagnosticDescriptor MemberHidingNotSupported = Error("GAS1022", Language,
        "Member hiding", "'{0}' hides an inherited member: JavaScript has one member per name; rename it or override");

    public static readonly DiagnosticDescriptor PartialAcrossFiles = Error("GAS1023", Language,
        "Partial type across files", "partial type '{0}' is declared in more than one file: each class is emitted into the .js file of its .cs file");

    public static readonly DiagnosticDescriptor StaticConstructorNotSupported = Error("GAS1024", Language,
        "Static constructor", "the static constructor of '{0}' is not supported: {1}");

    public static readonly DiagnosticDescriptor VirtualAutoProperty = Error("GAS1025", Language,
        "Virtual auto-property", "virtual auto-property '{0}' is not supported: it becomes a field that an override could not replace; make it abstract or give it a body");

    public static readonly DiagnosticDescriptor ValueEqualityNotSupported = Error("GAS1026", Language,
        "Value equality", "{0} compares '{1}' by value in .NET but by reference in JavaScript; compare the members instead");

    public static readonly DiagnosticDescriptor PatternNotSupported = Error("GAS1027", Language,
        "Pattern", "the {0} pattern is not supported: use constant, type, relational, property, and/or/not and null patterns");

    public static readonly DiagnosticDescriptor ValueKeyNotSupported = Error("GAS1028", Language,
        "Value-equality key", "'{0}' is compared by value (as a set element, a key or with Equals), but {1}: compare by a string or number key");

    public static readonly DiagnosticDescriptor ExceptionMessageOverride = Error("GAS1029", Language,
        "Exception.Message override", "overriding Exception.Message is not supported: pass the message to the base constructor");

    public static readonly DiagnosticDescriptor LiftedOperatorNotSupported = Error("GAS1030", Language,
        "Lifted operator", "the lifted (nullable) operator '{0}' is not supported: check HasValue first and use .Value");

    public static readonly DiagnosticDescriptor NestedTypeInGlobalFunctions = Error("GAS1031", Language,
        "Member of [GlobalFunctions] class", "{0} is not supported in a [GlobalFunctions] class: it may hold only static methods, fields and constants");

    public static readonly DiagnosticDescriptor OverrideCalledByBaseConstructor = Error("GAS1032", Language,
        "Override called by a base constructor", "'{0}' reads the fields of '{1}' and is called by the constructor of '{2}': JavaScript sets a derived class's fields only after the base constructor returns, so it would read them unset; do not call an overridable member from a constructor");

    public static readonly DiagnosticDescriptor EagerOverLazySequence = Error("GAS1033", Language,
        "Eager operation over an iterator", "'{0}' {1}: call ToList() on the sequence first");

    // ---- GAS2xxx: .NET library members ------------------------------------------------------------

    public static readonly DiagnosticDescriptor UnmappedMember = Error("GAS2001", Library,
        "No Apps Script equivalent", "'{0}' has no Apps Script equivalent ({1})");

    public static readonly DiagnosticDescriptor UnsupportedFormat = Error("GAS2002", Library,
        "Format specifier", "the format '{0}' is not supported for {1}: supported are {2}");

    public static readonly DiagnosticDescriptor EnvironmentDependent = Error("GAS2003", Library,
        "Culture or time-zone dependent", "'{0}' depends on the machine's culture or time zone, which differs in Apps Script: {1}");

    public static readonly DiagnosticDescriptor DictionaryKeyType = Error("GAS2004", Library,
        "Dictionary key type", "a Dictionary with '{0}' keys is not supported: its keys are held as strings in a plain object or by value in a Map, which the compiler chooses by the key type where the Dictionary is used, and a type parameter's keys may be either; use a Dictionary of the key type itself");

    public static readonly DiagnosticDescriptor NonConstantFormat = Error("GAS2005", Library,
        "Format string", "the format string of '{0}' must be a constant");

    public static readonly DiagnosticDescriptor ThenByWithoutOrderBy = Error("GAS2006", Library,
        "ThenBy", "ThenBy and ThenByDescending must directly follow OrderBy, OrderByDescending or another ThenBy");

    public static readonly DiagnosticDescriptor CollectionViewNotSupported = Error("GAS2007", Library,
        "Collection conversion", "converting '{0}' to '{1}' is not supported: only IEnumerable<T> and the read-only interfaces are, as a copy");

    public static readonly DiagnosticDescriptor RegexPattern = Error("GAS2010", Library,
        "Regular expression", "the regular expression {0} has no JavaScript equivalent with .NET's meaning: {1}");

    public static readonly DiagnosticDescriptor NonConstantRegex = Error("GAS2011", Library,
        "Regular expression not constant", "the {0} of '{1}' must be a constant: the compiler translates a .NET pattern to JavaScript, and refuses what would match differently, when it compiles");

    // ---- GAS3xxx: plain data and JSON ------------------------------------------------------------

    public static readonly DiagnosticDescriptor JsonMemberInitializer = Error("GAS3002", Json,
        "Initialiser JSON may skip", "'{0}' has an initialiser, but DeserializeObject<{1}> in JavaScript does not apply it when the key is missing; remove the initialiser and handle null");

    public static readonly DiagnosticDescriptor JsonDateMember = Error("GAS3004", Json,
        "Date in JSON data", "'{0}' is a {1} in JSON data: Newtonsoft and JSON.stringify write dates differently; use an ISO 8601 string");

    public static readonly DiagnosticDescriptor JsonUnsupportedMemberType = Error("GAS3005", Json,
        "Member type without a JSON shape", "'{0}' has type '{1}', which has no shared JSON form in .NET and JavaScript; use a List, array, a Dictionary of string, integer, char, bool or enum keys, plain data or an anonymous type");

    public static readonly DiagnosticDescriptor JsonNotPlainData = Error("GAS3006", Json,
        "JSON of a class", "'{0}' is not plain data (a record or class of auto-properties only), so its JSON differs between .NET and JavaScript");

    public static readonly DiagnosticDescriptor JsonUnsupportedOption = Error("GAS3007", Json,
        "JSON option", "{0} is not supported: only Formatting.Indented and NullValueHandling.Ignore in JsonSerializerSettings are");

    public static readonly DiagnosticDescriptor PlainDataTypeTest = Error("GAS3008", Json,
        "Type test of plain data", "'{0}' is plain data, a JavaScript object without a class, so it cannot be type-tested; add a method to make it a class, or test a member");

    public static readonly DiagnosticDescriptor JsonKeyCollision = Error("GAS3009", Json,
        "Duplicate JSON key", "'{0}' and '{1}' both map to the JSON key \"{2}\"");

    public static readonly DiagnosticDescriptor JsonMemberNotAccessible = Error("GAS3010", Json,
        "JSON member Newtonsoft skips", "'{0}' has no public {1}, so Newtonsoft {2} it but JavaScript does; make the {1} public or mark the property [JsonProperty]");

    public static readonly DiagnosticDescriptor InterfaceMemberKeysDiffer = Error("GAS3011", Json,
        "Interface member with several JSON keys", "'{0}' is implemented by plain data under the JSON keys {1}; code reading it through the interface can read only one key, so give the implementations one key ([JsonProperty])");

    // ---- GAS4xxx: entry points and host rules ----------------------------------------------------

    public static readonly DiagnosticDescriptor GlobalFunctionsNotStatic = Error("GAS4001", Host,
        "[GlobalFunctions] on a non-static class", "[GlobalFunctions] class '{0}' must be static");

    public static readonly DiagnosticDescriptor TopLevelNameCollision = Error("GAS4002", Host,
        "Top-level name collision", "the top-level name '{0}' of {1} is also used by {2}: all Apps Script files share one global scope; rename one or use [Name(\"...\")]");

    public static readonly DiagnosticDescriptor InvalidJsName = Error("GAS4003", Host,
        "Invalid name", "'{0}' is not a valid JavaScript name here");

    public static readonly DiagnosticDescriptor GenericGlobalFunction = Error("GAS4004", Host,
        "Generic entry point", "global function '{0}' cannot be generic");

    public static readonly DiagnosticDescriptor LoadOrderCycle = Error("GAS4005", Host,
        "Load-order cycle", "the types {0} need each other at load time (a base class or a static initialiser), so no load order works");

    public static readonly DiagnosticDescriptor PrivateEntryPointName = Warning("GAS4006", Host,
        "Entry point ending in underscore", "global function '{0}' ends with '_', which Apps Script treats as private: triggers and the Run menu will not see it");

    public static readonly DiagnosticDescriptor ForbiddenHostGlobal = Error("GAS4007", Host,
        "Global missing in Apps Script", "'{0}' does not exist in Apps Script");

    public static readonly DiagnosticDescriptor TypeInNoOutputFile = Error("GAS4008", Host,
        "Type in no output file", "'{0}' ({1}) is in none of the project's AppsScriptFile items: name its source file, folder or namespace in one");

    public static readonly DiagnosticDescriptor ReadBeforeInitialization = Error("GAS4009", Host,
        "Top-level variable read before its initialiser", "'{0}' is read by an initialiser that runs before its own: .NET reads its default there, but JavaScript's top-level constant does not exist yet; move its declaration above the initialisers that use it");

    public static readonly DiagnosticDescriptor EntryPointByReference = Error("GAS4010", Host,
        "Entry point with a ref, out or in parameter", "entry point '{0}' takes '{1}' by reference, but Apps Script calls it with plain values and reads only what it returns; return the value, or keep the method private");

    // ---- GAS9xxx: internal --------------------------------------------------------------------------

    public static readonly DiagnosticDescriptor InternalError = Error("GAS9001", Internal,
        "Internal compiler error", "internal compiler error: {0}; please report it with the code that caused it");

    public static readonly DiagnosticDescriptor VerificationFailed = Error("GAS9002", Internal,
        "Emitted JavaScript failed verification", "the emitted {0} failed verification: {1}; please report it with the code that caused it");
}
