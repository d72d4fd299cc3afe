using System;

namespace SpotifySync.Companion.Cron;

/// <summary>The crontab program failed or could not be run; the message says what it answered.</summary>
public sealed class CrontabException(string message) : Exception(message);
