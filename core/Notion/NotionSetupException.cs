using System;

namespace SpotifySync.Core.Notion;

/// <summary>Notion answered, but what it describes does not fit the sync's setup; the message names the setting and the fix.</summary>
public sealed class NotionSetupException : Exception
{
    public NotionSetupException(string message)
        : base(message)
    {
    }
}
