using System;

namespace AppsScript.Interop;

/// <summary>
/// Binds a type to an object that already exists in Apps Script (a service such as <c>UrlFetchApp</c>, a
/// host object, an options object or an event object). No code is emitted for it: calls and member
/// accesses go straight to the host object, with camelCase member names unless
/// <see cref="NameAttribute"/> says otherwise. Creating an instance with an object initialiser gives a
/// plain object literal holding only the members that were set.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface | AttributeTargets.Enum, Inherited = false)]
public sealed class ExternalAttribute : Attribute
{
    public ExternalAttribute()
    {
    }

    /// <param name="path">The JavaScript expression that names the object, such as <c>"ContentService.MimeType"</c>.</param>
    public ExternalAttribute(string path)
    {
        Path = path;
    }

    /// <summary>The JavaScript expression that names the object; the type's own name when null.</summary>
    public string? Path { get; }
}
