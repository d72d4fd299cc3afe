using System;

namespace AppsScript.Interop;

/// <summary>Gives a type, method, property or field the exact JavaScript name to use instead of the camelCase default.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface | AttributeTargets.Enum | AttributeTargets.Method
    | AttributeTargets.Property | AttributeTargets.Field, Inherited = false)]
public sealed class NameAttribute : Attribute
{
    public NameAttribute(string name)
    {
        Value = name;
    }

    public string Value { get; }
}
