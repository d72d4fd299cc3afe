using System;
using System.Collections.Generic;

namespace SpotifySync.Sandbox.Notion;

/// <summary>
/// A page as tests read it: its property values as plain .NET values, by property name. Title and rich text are
/// their plain text (<see cref="string"/>, empty when blank); url, email and phone number <see cref="string"/> or
/// null; number <see cref="double"/> or null; checkbox <see cref="bool"/>; select the option name or null;
/// multi_select the option names and relation the page ids (<c>string[]</c>); date a <see cref="NotionDate"/> or
/// null; created_time and last_edited_time a <see cref="DateTimeOffset"/>.
/// </summary>
public sealed record NotionPageSnapshot(
    string Id,
    string DataSourceId,
    bool InTrash,
    DateTimeOffset CreatedTime,
    DateTimeOffset LastEditedTime,
    string CreatedBy,
    string LastEditedBy,
    IReadOnlyDictionary<string, object?> Properties)
{
    public object? this[string property] =>
        Properties.TryGetValue(property, out var value) ? value : throw new KeyNotFoundException($"The page has no property named \"{property}\".");

    public string Text(string property) => (string)this[property]!;

    public string? Url(string property) => (string?)this[property];

    public double? Number(string property) => (double?)this[property];

    public bool Checkbox(string property) => (bool)this[property]!;

    public string? Select(string property) => (string?)this[property];

    public IReadOnlyList<string> MultiSelect(string property) => (string[])this[property]!;

    public NotionDate? Date(string property) => (NotionDate?)this[property];
}
