using System.Collections.Generic;

namespace AppsScript.Interop.Generator.Typings;

/// <summary>A TypeScript type as the typings write it.</summary>
internal abstract record TypeNode;

/// <summary>A named type, dotted as written (<c>Base.Blob</c>, <c>Array</c>), with its type arguments.</summary>
internal sealed record NamedType(string Name, IReadOnlyList<TypeNode> Arguments) : TypeNode;

internal sealed record ArrayType(TypeNode Element) : TypeNode;

/// <summary><c>A &amp; B</c>: a value that is both.</summary>
internal sealed record IntersectionType(IReadOnlyList<TypeNode> Members) : TypeNode;

internal sealed record UnionType(IReadOnlyList<TypeNode> Members) : TypeNode;

/// <summary>A string or number literal type, such as <c>"get"</c>.</summary>
internal sealed record LiteralType(string Value, bool IsString) : TypeNode;

/// <summary><c>typeof X</c>: the object that holds an enum's values.</summary>
internal sealed record TypeofType(string Name) : TypeNode;

/// <summary>An object type written in place: an index signature's value type, or members.</summary>
internal sealed record ObjectType(TypeNode? IndexValue, IReadOnlyList<Member> Members) : TypeNode;

internal sealed record FunctionType(IReadOnlyList<Parameter> Parameters, TypeNode Result) : TypeNode;

internal sealed record TupleType(IReadOnlyList<TypeNode> Elements) : TypeNode;
