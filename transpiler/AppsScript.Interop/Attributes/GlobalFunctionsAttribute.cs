using System;

namespace AppsScript.Interop;

/// <summary>
/// Marks a static class whose public static methods become top-level <c>function</c> declarations: the
/// only functions Apps Script triggers, the editor's Run menu, web apps (<c>doGet</c>, <c>doPost</c>) and
/// <c>google.script.run</c> can call. Names are camelCase unless <see cref="NameAttribute"/> says otherwise;
/// non-public methods get a trailing underscore, which Apps Script treats as private.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GlobalFunctionsAttribute : Attribute
{
}
