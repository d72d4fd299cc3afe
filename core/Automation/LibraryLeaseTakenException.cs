using System;

namespace SpotifySync.Core.Automation;

/// <summary>The other side holds the library lease: this run writes nothing to the library and ends, to try again later.</summary>
public sealed class LibraryLeaseTakenException : Exception
{
    public LibraryLeaseTakenException(string holder, string? until)
        : base($"{holder} is syncing the library (its lease in the configuration row runs until {until ?? "it ends its run"}); this run wrote nothing and the next one tries again.")
    {
        Holder = holder;
    }

    public string Holder { get; }
}
