using System;
using System.Linq;
using System.Text;
using AppsScript.Emulator.Services.Utilities;
using Jint;
using Jint.Native;
using Jint.Native.Array;
using Jint.Native.Object;
using Jint.Runtime;

namespace AppsScript.Emulator.Interop;

/// <summary>Reads script-supplied JS values the way Apps Script's Java side coerces them.</summary>
internal static class JsValues
{
    public static string AsText(this JsValue value) => TypeConverter.ToString(value);

    public static bool IsAbsent(this JsValue value) => value.IsNull() || value.IsUndefined();

    public static string? AsOptionalText(this JsValue value) => value.IsAbsent() ? null : TypeConverter.ToString(value);

    public static double NumberValue(this JsValue value) => TypeConverter.ToNumber(value);

    /// <summary>A Java <c>int</c> argument: NaN is 0 and fractions are cut.</summary>
    public static long AsInteger(this JsValue value)
    {
        var number = TypeConverter.ToNumber(value);
        return double.IsNaN(number) ? 0 : (long)Math.Truncate(Math.Clamp(number, long.MinValue, long.MaxValue));
    }

    /// <summary>JS truthiness, as Java reads a boolean option.</summary>
    public static bool Truthy(this JsValue value) => TypeConverter.ToBoolean(value);

    /// <summary>Bytes from a JS array of numbers (signed or not, as Java narrows them), a Blob, or a string in UTF-8.</summary>
    public static byte[] AsBytes(this JsValue value, Encoding? textEncoding = null)
    {
        if (value is BlobObject blob) return blob.Bytes.ToArray();
        if (value is ArrayInstance array)
        {
            return array.ToArray().Select(element => unchecked((byte)(long)TypeConverter.ToNumber(element))).ToArray();
        }
        return (textEncoding ?? Encoding.UTF8).GetBytes(TypeConverter.ToString(value));
    }

    /// <summary>The own enumerable string keys of an object, in JS order.</summary>
    public static string[] Keys(this ObjectInstance value) =>
        value.GetOwnPropertyKeys(Types.String)
            .Where(key => value.GetOwnProperty(key).Enumerable)
            .Select(key => key.ToString())
            .ToArray();

    /// <summary>A JS Date (or a number of milliseconds) as an instant.</summary>
    public static DateTimeOffset AsInstant(this JsValue value, string argumentName)
    {
        var milliseconds = value is JsDate date ? date.DateValue : value is JsNumber ? TypeConverter.ToNumber(value) : double.NaN;
        if (double.IsNaN(milliseconds)) throw AppsScriptException.InvalidArgument(argumentName);
        return DateTimeOffset.FromUnixTimeMilliseconds((long)milliseconds);
    }

    /// <summary>The elements of a JS array, or null when <paramref name="value"/> is not one.</summary>
    public static JsValue[]? Elements(this JsValue value) => value is ArrayInstance array ? array.ToArray() : null;
}
