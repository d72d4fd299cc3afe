using SpotifySync.Core.Ports;

namespace SpotifySync.Core.Sync;

/// <summary>The ports one execution of the sync runs on: Apps Script's services in the script, .NET's in the companion.</summary>
public sealed class SyncPorts
{
    public SyncPorts(IHttp http, IKeyValueStore store, ICache cache, IClock clock, ILog log, ICrypto crypto, IMail mail, ILock runLock, IProgress progress)
    {
        Http = http;
        Store = store;
        Cache = cache;
        Clock = clock;
        Log = log;
        Crypto = crypto;
        Mail = mail;
        RunLock = runLock;
        Progress = progress;
    }

    public IHttp Http { get; }

    /// <summary>The settings a person enters and the state the sync keeps (the script properties).</summary>
    public IKeyValueStore Store { get; }

    /// <summary>What may be lost at any time and is read again then (the script cache): the configuration row.</summary>
    public ICache Cache { get; }

    public IClock Clock { get; }

    public ILog Log { get; }

    public ICrypto Crypto { get; }

    public IMail Mail { get; }

    /// <summary>The lock a run holds so that runs never overlap (the script lock).</summary>
    public ILock RunLock { get; }

    public IProgress Progress { get; }
}
