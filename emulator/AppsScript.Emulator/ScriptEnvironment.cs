using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using AppsScript.Emulator.Interop;
using AppsScript.Emulator.Quotas;
using AppsScript.Emulator.Runtime;
using AppsScript.Emulator.Services.Cache;
using AppsScript.Emulator.Services.Lock;
using AppsScript.Emulator.Services.Mail;
using AppsScript.Emulator.Services.Properties;
using AppsScript.Emulator.Services.Script;
using AppsScript.Emulator.Time;
using AppsScript.Emulator.Triggers;
using Jint;
using Jint.Native;

namespace AppsScript.Emulator;

/// <summary>
/// One deployed Apps Script project's world: its clock and everything that outlives an execution
/// (properties, caches, triggers, locks, sent mail, state tokens, quotas) and the HTTP transport UrlFetchApp
/// uses. Executions of a <see cref="ScriptProject"/> run in it one call at a time or overlapping (see
/// <see cref="Timeline"/> for how they interleave). Drive it from one thread.
/// </summary>
public sealed class ScriptEnvironment : IDisposable
{
    private readonly object _gate = new();
    private readonly List<ScriptExecution> _executions = new();
    private readonly Dictionary<string, object> _hostObjects = new(StringComparer.Ordinal);
    private readonly HttpMessageHandler _transport;
    private readonly bool _ownsTransport;
    private readonly HttpMessageInvoker _invoker;
    private readonly Lazy<HttpMessageInvoker>? _insecureInvoker;
    private int _running;

    /// <param name="options">Identity, user, limits and seed; the defaults when null.</param>
    /// <param name="transport">
    /// Where UrlFetchApp's requests go: an in-process handler (a test's, or the sandbox's simulators) whose
    /// simulated latency advances <see cref="Clock"/>; when null, the network, through a
    /// <see cref="SocketsHttpHandler"/>, with each request's real duration charged to a virtual clock (a real
    /// clock has already seen it pass).
    /// </param>
    public ScriptEnvironment(ScriptEnvironmentOptions? options = null, HttpMessageHandler? transport = null)
    {
        Options = options ?? new ScriptEnvironmentOptions();
        Clock = Options.Clock ?? new VirtualClock(Options.StartTime);
        Timeline = new Timeline(Clock);
        Ids = new IdGenerator(Options.Seed);
        ScriptId = Options.ScriptId ?? Ids.ScriptId();
        DeploymentId = Options.DeploymentId ?? Ids.DeploymentId();
        OAuthToken = "ya29." + Ids.Text(150);
        TemporaryActiveUserKey = Ids.Text(44);
        Quotas = new QuotaCounters(Limits, Clock);
        ScriptProperties = new PropertyStore(Limits);
        UserProperties = new PropertyStore(Limits);
        DocumentProperties = Options.ContainerBound ? new PropertyStore(Limits) : null;
        ScriptCache = new CacheStore(Limits, Clock);
        UserCache = new CacheStore(Limits, Clock);
        DocumentCache = Options.ContainerBound ? new CacheStore(Limits, Clock) : null;
        Locks = new LockTable(Options.ContainerBound);
        Triggers = new TriggerStore(Limits);
        Mail = new MailLog();
        StateTokens = new StateTokenStore();
        _ownsTransport = transport is null;
        ChargesRealFetchTime = transport is null && !Clock.PassesOnItsOwn;
        _transport = transport ?? NetworkHandler(validateCertificates: true);
        _invoker = new HttpMessageInvoker(_transport, disposeHandler: false);
        _insecureInvoker = transport is null ? new Lazy<HttpMessageInvoker>(() => new HttpMessageInvoker(NetworkHandler(validateCertificates: false))) : null;
    }

    public ScriptEnvironmentOptions Options { get; }

    public PlatformLimits Limits => Options.Limits;

    /// <summary>
    /// The clock every execution and service reads: <see cref="ScriptEnvironmentOptions.Clock"/>, else a
    /// <see cref="VirtualClock"/> at <see cref="ScriptEnvironmentOptions.StartTime"/>. Wire in-process simulators'
    /// latency to <see cref="ScriptClock.AdvanceAsync"/>.
    /// </summary>
    public ScriptClock Clock { get; }

    public string ScriptId { get; }

    public string DeploymentId { get; }

    public string UserEmail => Options.UserEmail;

    /// <summary>What <c>ScriptApp.getOAuthToken()</c> returns: an access token for the user, stable for the environment.</summary>
    public string OAuthToken { get; }

    /// <summary>What <c>Session.getTemporaryActiveUserKey()</c> returns for the user.</summary>
    public string TemporaryActiveUserKey { get; }

    /// <summary>The web app's <c>/exec</c> URL, or null when it is not deployed.</summary>
    public string? WebAppUrl => Options.WebAppDeployed ? $"https://script.google.com/macros/s/{DeploymentId}/exec" : null;

    /// <summary>The OAuth callback URL a provider redirects to with the state token.</summary>
    public string UserCallbackUrl => $"https://script.google.com/macros/d/{ScriptId}/usercallback";

    public QuotaCounters Quotas { get; }

    public PropertyStore ScriptProperties { get; }

    /// <summary>The properties of <see cref="UserEmail"/>.</summary>
    public PropertyStore UserProperties { get; }

    public PropertyStore? DocumentProperties { get; }

    public CacheStore ScriptCache { get; }

    public CacheStore UserCache { get; }

    public CacheStore? DocumentCache { get; }

    public TriggerStore Triggers { get; }

    public MailLog Mail { get; }

    /// <summary>Every execution started so far, in start order.</summary>
    public IReadOnlyList<ScriptExecution> Executions
    {
        get
        {
            lock (_gate) return _executions.ToList();
        }
    }

    /// <summary>
    /// Raised as an execution logs a line (<c>Logger.log</c>, <c>console.*</c>), while it runs: for a host that shows the
    /// lines as they are written rather than when the execution has ended (<see cref="ExecutionResult.Logs"/>). It is
    /// raised on the execution's own thread, which waits for the handler; the handler must not drive the environment.
    /// </summary>
    public event Action<ScriptExecution, LogEntry>? LogWritten;

    /// <summary>
    /// Puts <paramref name="target"/> into the global scope of every execution that starts from now on, as the global
    /// <paramref name="name"/>: for a test harness that hands a script under test an object of its own (the script binds
    /// it with <c>[External]</c>), such as a world the script drives and inspects. The script sees a plain JS object with
    /// each public instance method of <paramref name="target"/> under its camelCase name. Arguments and return values
    /// cross as JSON, with System.Text.Json's defaults (member names as declared, enums as numbers); an exception the
    /// method throws reaches the script as an <c>Exception</c> with its message. The method runs on the execution's
    /// thread, which waits for it, so it may let the execution's time pass (<see cref="ScriptClock.Advance"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The name is not a JS identifier or is a service's, or two methods share a camelCase name.</exception>
    public void AddHostObject(string name, object target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!GlobalScope.IsFreeName(name)) throw new ArgumentException($"{name} is not a JS identifier free for a host object: the services' names are taken.", nameof(name));
        InjectedObject.Methods(target);
        lock (_gate) _hostObjects[name] = target;
    }

    /// <summary>The host objects of <see cref="AddHostObject"/>, as an execution starting now installs them.</summary>
    internal IReadOnlyDictionary<string, object> HostObjects
    {
        get
        {
            lock (_gate) return new Dictionary<string, object>(_hostObjects, StringComparer.Ordinal);
        }
    }

    internal Timeline Timeline { get; }

    internal IdGenerator Ids { get; }

    internal LockTable Locks { get; }

    internal StateTokenStore StateTokens { get; }

    /// <summary>
    /// The transport for a request; <c>validateHttpsCertificates: false</c> gets a network handler that accepts
    /// any certificate (an in-process transport has no certificates to check).
    /// </summary>
    internal HttpMessageInvoker Transport(bool validateCertificates) =>
        validateCertificates || _insecureInvoker is null ? _invoker : _insecureInvoker.Value;

    internal bool ChargesRealFetchTime { get; }

    internal void OnLogWritten(ScriptExecution execution, LogEntry entry) => LogWritten?.Invoke(execution, entry);

    /// <summary>Runs <paramref name="function"/> as the editor's Run button does, with the arguments given (JSON nodes become JS values), and lets time pass until it ends.</summary>
    public ExecutionResult Run(ScriptProject project, string function, params object?[] arguments) =>
        Wait(Start(project, function, arguments));

    /// <summary>Starts an execution now without waiting for it: it runs, overlapping others, as simulated time is driven (<see cref="Wait"/>, <see cref="RunUntil"/>, a <see cref="TriggerScheduler"/>).</summary>
    public ScriptExecution Start(ScriptProject project, string function, params object?[] arguments) =>
        Begin(project, function, ExecutionOrigin.Editor, null, runner => arguments.Select(argument => ToJs(runner, argument)).ToArray());

    /// <summary>An HTTP GET to the web app: <c>doGet(e)</c>.</summary>
    public ExecutionResult RunDoGet(ScriptProject project, WebAppRequest? request = null) =>
        Wait(Begin(project, "doGet", ExecutionOrigin.WebAppGet, null, runner => [WebAppEvent.Create(runner.Host, request ?? WebAppRequest.Get())]));

    /// <summary>An HTTP POST to the web app: <c>doPost(e)</c>.</summary>
    public ExecutionResult RunDoPost(ScriptProject project, WebAppRequest request) =>
        Wait(Begin(project, "doPost", ExecutionOrigin.WebAppPost, null, runner => [WebAppEvent.Create(runner.Host, request)]));

    /// <summary>
    /// The OAuth provider redirecting to <see cref="UserCallbackUrl"/> with <c>state=</c><paramref name="stateToken"/>
    /// and <paramref name="queryString"/> (<c>"code=..."</c>): the token's method runs with the request, its
    /// <c>parameter</c> holding the query and the token's arguments. An unknown or expired token runs nothing.
    /// </summary>
    public ExecutionResult RunUserCallback(ScriptProject project, string stateToken, string? queryString = null)
    {
        var token = StateTokens.Redeem(stateToken, Clock.GetUtcNow());
        var query = string.IsNullOrEmpty(queryString) ? $"state={Uri.EscapeDataString(stateToken)}" : $"{queryString}&state={Uri.EscapeDataString(stateToken)}";
        var request = WebAppRequest.Get(query);
        if (token is null)
        {
            var now = Clock.GetUtcNow();
            var refused = new ExecutionResult("usercallback", ExecutionOrigin.UserCallback, now, TimeSpan.Zero, 0, null, null, null,
                new ScriptError(StateTokenStore.InvalidTokenMessage, null, null), [], null);
            return refused;
        }
        return Wait(Begin(project, token.Method, ExecutionOrigin.UserCallback, null,
            runner => [WebAppEvent.Create(runner.Host, request, token.Arguments)]));
    }

    /// <summary>
    /// Starts <paramref name="body"/> at <paramref name="at"/> (now, when earlier) as a program beside the scripts, in
    /// their simulated time (<see cref="OutsideProcess"/>): it runs as time is driven, like an execution.
    /// </summary>
    public OutsideProcess StartOutside(string name, DateTimeOffset at, Action body)
    {
        var process = new OutsideProcess(Timeline, name, body);
        Timeline.Schedule(process.Fiber, at);
        return process;
    }

    /// <summary>Drives simulated time until <paramref name="process"/> has ended; rethrows what it threw.</summary>
    public void Wait(OutsideProcess process)
    {
        while (!process.IsComplete)
        {
            if (!Timeline.Step(null)) throw new InvalidOperationException($"{process.Name} cannot finish: nothing is scheduled.");
        }
        if (process.Failure is { } failure) throw new AggregateException($"{process.Name} failed.", failure);
    }

    /// <summary>Drives simulated time until <paramref name="execution"/> has ended, and returns its result.</summary>
    public ExecutionResult Wait(ScriptExecution execution)
    {
        while (!execution.IsComplete)
        {
            if (!Timeline.Step(null)) throw new InvalidOperationException($"{execution} cannot finish: nothing is scheduled.");
        }
        ThrowInternalFailures([execution]);
        return execution.Result!;
    }

    /// <summary>Lets simulated time pass until <paramref name="time"/>: executions under way progress; triggers fire only under a <see cref="TriggerScheduler"/>.</summary>
    public void RunUntil(DateTimeOffset time) => Timeline.RunUntil(time);

    /// <summary>Ends the executions still under way (each stops at its next service call) and releases the transport.</summary>
    public void Dispose()
    {
        var unfinished = Executions.Where(execution => !execution.IsComplete).ToList();
        foreach (var execution in unfinished)
        {
            execution.Abandon();
            // Now rather than at its wake-up, which on a real clock may be minutes away (a sleep, a lock wait).
            execution.Wake();
        }
        while (unfinished.Any(execution => !execution.IsComplete) && Timeline.Step(null))
        {
        }
        _invoker.Dispose();
        if (_ownsTransport) _transport.Dispose();
        if (_insecureInvoker is { IsValueCreated: true }) _insecureInvoker.Value.Dispose();
    }

    internal ScriptExecution StartTrigger(ScriptProject project, InstalledTrigger trigger)
    {
        var firedAt = Clock.GetUtcNow();
        return Begin(project, trigger.HandlerFunction, ExecutionOrigin.TimeTrigger, trigger,
            runner => [TimeDrivenEvent.Create(runner.Host, runner.Globals.ScriptApp.AuthMode["FULL"], trigger.UniqueId, firedAt)]);
    }

    /// <summary>Refuses an execution the platform would not start: too many running, or the day's trigger runtime spent.</summary>
    internal void AdmitExecution(ScriptExecution execution)
    {
        lock (_gate)
        {
            if (_running >= Limits.SimultaneousExecutionsPerUser)
            {
                throw new AppsScriptException("There are too many scripts running simultaneously for this Google user account.");
            }
            if (execution.Origin == ExecutionOrigin.TimeTrigger && Quotas.TriggerRuntimeMilliseconds.IsExhausted)
            {
                throw new AppsScriptException("Service using too much computer time for one day.");
            }
            _running++;
            execution.Admitted = true;
        }
    }

    internal void EndExecution(ScriptExecution execution, TimeSpan duration)
    {
        Locks.ReleaseAll(execution);
        lock (_gate)
        {
            if (!execution.Admitted) return;
            _running--;
            if (execution.Origin == ExecutionOrigin.TimeTrigger) Quotas.TriggerRuntimeMilliseconds.Charge(duration.TotalMilliseconds);
        }
    }

    internal void ThrowInternalFailures(IEnumerable<ScriptExecution> executions)
    {
        var failure = executions.Select(execution => execution.InternalFailure).FirstOrDefault(exception => exception is not null);
        if (failure is not null) throw new InvalidOperationException($"The emulator failed while running a script: {failure.Message}", failure);
    }

    private ScriptExecution Begin(ScriptProject project, string function, ExecutionOrigin origin, InstalledTrigger? trigger,
        Func<ExecutionRunner, JsValue[]> arguments)
    {
        ScriptExecution execution;
        lock (_gate)
        {
            execution = new ScriptExecution(this, project, function, origin, trigger, arguments, _executions.Count + 1);
            _executions.Add(execution);
        }
        Timeline.Schedule(execution.Fiber, Clock.GetUtcNow());
        return execution;
    }

    private static SocketsHttpHandler NetworkHandler(bool validateCertificates)
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false };
        if (!validateCertificates) handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        return handler;
    }

    private static JsValue ToJs(ExecutionRunner runner, object? argument) => argument switch
    {
        null => JsValue.Null,
        JsonNode node => runner.Host.ParseJson(node.ToJsonString()),
        _ => JsValue.FromObject(runner.Engine, argument),
    };
}
