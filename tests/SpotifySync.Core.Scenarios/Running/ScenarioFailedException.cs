using System;

namespace SpotifySync.Core.Scenarios.Running;

/// <summary>A scenario's expectation that did not hold; its message says what was expected and what happened.</summary>
public sealed class ScenarioFailedException : Exception
{
    public ScenarioFailedException(string message)
        : base(message)
    {
    }
}
