using System;
using System.Collections.Generic;

namespace SpotifySync.Companion.Configuration;

/// <summary>The configuration cannot be used: one sentence per problem, each naming the setting and the fix.</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; }
}
