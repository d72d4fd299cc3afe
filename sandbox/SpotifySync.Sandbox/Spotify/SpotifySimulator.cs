using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SpotifySync.Sandbox.Faults;
using SpotifySync.Sandbox.Hosting;
using SpotifySync.Sandbox.Spotify.Accounts;
using SpotifySync.Sandbox.Spotify.Library;
using SpotifySync.Sandbox.Spotify.WebApi;

namespace SpotifySync.Sandbox.Spotify;

/// <summary>
/// The Spotify accounts service (<c>accounts.spotify.com</c>: <c>/authorize</c>, <c>/api/token</c>) and Web API
/// (<c>api.spotify.com/v1</c>) as a development-mode app sees them in late 2026, over one user's
/// <see cref="SpotifyLibrary"/>. Serve it with <see cref="SimulatorHost"/>; the two hosts share one app because
/// their paths do not collide.
/// </summary>
public sealed class SpotifySimulator : ISimulator
{
    public SpotifySimulator(SpotifySimulatorOptions options, SandboxTime time, SandboxRandom random, SpotifyLibrary library)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        Time = time ?? throw new ArgumentNullException(nameof(time));
        ArgumentNullException.ThrowIfNull(random);
        Library = library ?? throw new ArgumentNullException(nameof(library));
        Faults = new FaultPlan(random.For("spotify-faults"));
        Tokens = new SpotifyTokens(random.For("spotify-tokens"), time, options.AccessTokenLifetime);
        RateLimit = new RequestBudget(options.RateLimit);
        DailyQuota = options.DailyQuota is { } quota ? new RequestBudget(quota) : null;
    }

    /// <summary>A simulator over a library generated from <paramref name="spec"/> (the default size when null) at the clock's now.</summary>
    public SpotifySimulator(SpotifySimulatorOptions options, SandboxTime time, SandboxRandom random, LibrarySpec? spec = null)
        : this(options, time, random, LibraryGenerator.Generate(spec ?? new LibrarySpec(), random, time.Now))
    {
    }

    public const string AccountsHost = "accounts.spotify.com";
    public const string ApiHost = "api.spotify.com";

    public string Name => "Spotify";

    public IReadOnlyList<string> Hosts { get; } = [ApiHost, AccountsHost];

    public SandboxTime Time { get; }

    public FaultPlan Faults { get; }

    public TrafficLog Traffic { get; } = new();

    public SpotifySimulatorOptions Options { get; }

    public SpotifyLibrary Library { get; }

    public SpotifyTokens Tokens { get; }

    /// <summary>When set, the user refuses at the consent screen and <c>/authorize</c> redirects with <c>error=access_denied</c>.</summary>
    public bool UserDeniesConsent { get; set; }

    internal RequestBudget RateLimit { get; }

    internal RequestBudget? DailyQuota { get; }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        AuthorizeEndpoint.Map(endpoints, this);
        TokenEndpoint.Map(endpoints, this);
        var v1 = endpoints.MapGroup("/v1").AddEndpointFilter(new WebApiGate(this));
        LibraryEndpoints.Map(v1, this);
        PlaylistEndpoints.Map(v1, this);
        RemovedEndpoints.Map(v1);
        endpoints.MapFallback(() => SpotifyError.NotFound("Service not found"));
    }

    /// <summary>
    /// Spotify's answers to injected faults, in the Web API's nested shape. Spotify has no overload status of its own;
    /// an overloaded Spotify answers <c>502 Bad gateway.</c>, the error developers see under load.
    /// </summary>
    public Task WriteFault(HttpContext context, Fault fault)
    {
        var error = fault.Kind switch
        {
            FaultKind.RateLimited => SpotifyError.RateLimited(fault.RetryAfter ?? Options.RateLimit.Window),
            FaultKind.QuotaExceeded => SpotifyError.QuotaExceeded(fault.RetryAfter ?? Options.InjectedQuotaRetryAfter),
            FaultKind.Unauthorized => WebApiGate.ExpiredToken(),
            FaultKind.Overloaded => SpotifyError.Api(StatusCodes.Status502BadGateway, "Bad gateway."),
            FaultKind.InternalError => SpotifyError.Api(StatusCodes.Status500InternalServerError, "Server error."),
            FaultKind.Unavailable or FaultKind.UnavailableAfterCommit => SpotifyError.Api(StatusCodes.Status503ServiceUnavailable, "Service unavailable"),
            _ => throw new ArgumentOutOfRangeException(nameof(fault), fault.Kind, "The fault injection middleware answers this kind itself."),
        };
        return error.ExecuteAsync(context);
    }

    /// <summary>Spotify reports nothing about work done before a failure: a 503 after the request ran is a plain 503.</summary>
    public Task WriteFaultAfterCommit(HttpContext context, Fault fault, string committedBody) =>
        WriteFault(context, fault with { Kind = FaultKind.Unavailable });

    internal SpotifyJson JsonFor(HttpContext context) =>
        new($"{context.Request.Scheme}://{context.Request.Host}/", Options.TransitionalPlaylistKeys);
}
