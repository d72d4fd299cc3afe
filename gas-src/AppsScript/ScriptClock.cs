using System;
using AppsScript.Interop.Services;
using SpotifySync.Core.Ports;

namespace SpotifySync.AppsScript;

/// <summary><see cref="IClock"/> over the script's clock (<c>new Date</c>) and Utilities.sleep, Apps Script having no timers.</summary>
public sealed class ScriptClock : IClock
{
    public DateTime UtcNow() => DateTime.UtcNow;

    public void Sleep(int milliseconds) => Utilities.Sleep(milliseconds);
}
