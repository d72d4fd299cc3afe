using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.HttpResults;
using SpotifySync.Companion.Json;

namespace SpotifySync.Companion.Server;

/// <summary>
/// How the webhook API reads a body into its request record, strictly: JSON text (else 400), without a string that
/// holds half of a surrogate pair, which is no character and which nothing downstream could write (400), an object
/// (422) of the record's fields only, each of its type, names matching exactly and numbers not given as strings (else
/// 422, naming the field and what it takes). The same options write a record, as <c>spotify-sync api</c> sends one.
/// </summary>
public static class RequestJson
{
    public static readonly JsonSerializerOptions Options = new(CompanionJson.Compact)
    {
        PropertyNameCaseInsensitive = false,
        NumberHandling = JsonNumberHandling.Strict,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    /// <summary>The record, or the refusal of a body that is not one; an empty body reads as <c>{}</c>.</summary>
    public static (T? Value, ProblemHttpResult? Problem) Read<T>(string text)
        where T : class
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
        }
        catch (JsonException exception)
        {
            return (null, GasProblems.BadJson($"The body is not JSON: {exception.Message}"));
        }
        using (document)
        {
            var root = document.RootElement;
            if (!IsText(root)) return (null, GasProblems.BadJson("The body holds a \\u escape of half a surrogate pair, which is no character: send text."));
            if (root.ValueKind != JsonValueKind.Object) return (null, GasProblems.Invalid("body", $"The body must be a JSON object, not {Kind(root)}."));
            var fields = Options.GetTypeInfo(typeof(T)).Properties.Where(property => property.Set is not null)
                .ToDictionary(property => property.Name, property => property.PropertyType, StringComparer.Ordinal);
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var field in root.EnumerateObject())
            {
                if (!fields.TryGetValue(field.Name, out var type))
                {
                    errors[field.Name] = [$"'{field.Name}' is not a field of this request; its fields are {string.Join(", ", fields.Keys)}."];
                }
                else if (!Fits(field.Value, type))
                {
                    errors[field.Name] = [$"'{field.Name}' must be {Describe(type)}, not {Kind(field.Value)}."];
                }
            }
            if (errors.Count > 0) return (null, GasProblems.Invalid(errors));
            return (root.Deserialize<T>(Options)!, null);
        }
    }

    /// <summary>Whether every string and name in the JSON is Unicode text (System.Text.Json throws on reading half a surrogate pair).</summary>
    private static bool IsText(JsonElement element)
    {
        try
        {
            Visit(element);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }

        static void Visit(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    element.GetString();
                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray()) Visit(item);
                    break;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        _ = property.Name;
                        Visit(property.Value);
                    }
                    break;
            }
        }
    }

    private static bool Fits(JsonElement value, Type type)
    {
        try
        {
            value.Deserialize(type, Options);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Describe(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(bool) => "true or false",
        var t when t == typeof(int) => "a whole number up to 2147483647",
        var t when t == typeof(string) => "a string",
        var t when typeof(IEnumerable<string>).IsAssignableFrom(t) => "an array of strings",
        var t => $"a {t.Name}",
    };

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };
}
