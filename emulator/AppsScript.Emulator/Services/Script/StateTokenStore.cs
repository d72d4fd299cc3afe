using System;
using System.Collections.Generic;

namespace AppsScript.Emulator.Services.Script;

/// <summary>The state tokens <c>ScriptApp.newStateToken()...createToken()</c> issued, each naming a callback and valid until its timeout.</summary>
internal sealed class StateTokenStore
{
    public const string InvalidTokenMessage = "The state token is invalid or has expired. Please try again.";

    private readonly object _gate = new();
    private readonly Dictionary<string, StateToken> _tokens = new();

    public void Add(string token, StateToken state)
    {
        lock (_gate) _tokens[token] = state;
    }

    /// <summary>The token's callback, or null when the token is unknown or expired.</summary>
    public StateToken? Redeem(string token, DateTimeOffset now)
    {
        lock (_gate) return _tokens.TryGetValue(token, out var state) && now < state.Expires ? state : null;
    }
}

internal sealed record StateToken(string Method, IReadOnlyList<KeyValuePair<string, string>> Arguments, DateTimeOffset Expires);
