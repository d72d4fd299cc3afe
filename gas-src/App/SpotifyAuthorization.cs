using System;
using System.Collections.Generic;
using AppsScript.Interop.Events;
using AppsScript.Interop.Services;
using SpotifySync.AppsScript;
using SpotifySync.Core.Spotify;
using SpotifySync.Core.State;
using SpotifySync.Core.Webhooks;

namespace SpotifySync.App;

/// <summary>
/// Connecting Spotify: <c>authorizeSpotify</c> makes the authorize URL, with a state token that routes Spotify's
/// redirect to <c>authCallback</c> through Apps Script's <c>/usercallback</c>; <c>authCallback</c> accepts each state
/// once, exchanges the code and answers with a page that says what happened.
/// </summary>
public static class SpotifyAuthorization
{
    /// <summary>How long the authorize URL stays valid: long enough to log in to Spotify.</summary>
    public const int StateTokenSeconds = 3600;

    public static AuthorizationStart Start()
    {
        var services = ScriptRun.Services();
        var state = ScriptApp.NewStateToken().WithMethod("authCallback").WithTimeout(StateTokenSeconds).CreateToken();
        var start = new AuthorizationStart { Url = services.Auth.AuthorizeUrl(state), RedirectUri = ScriptRun.RedirectUri(), Scopes = SpotifyAuth.Scopes };
        Logger.Log($"authorizeSpotify: open this URL within an hour to connect Spotify: {start.Url} (the Spotify app must list the redirect URI {start.RedirectUri}).");
        return start;
    }

    public static HtmlOutput Callback(DoGetEvent request)
    {
        var error = request.Parameter.GetValueOrDefault("error");
        var code = request.Parameter.GetValueOrDefault("code");
        if (error is not null || code is null)
        {
            var reason = error ?? "Spotify sent no authorization code";
            Logger.Log($"authCallback: Spotify was not connected: {reason}.");
            return Page("Spotify was not connected", $"Spotify answered: {reason}. Run authorizeSpotify() again and accept the access it asks for.");
        }
        if (!AcceptOnce(request.Parameter.GetValueOrDefault("state")))
        {
            Logger.Log("authCallback: Spotify was not connected: this authorization came back before.");
            return Page("Spotify was not connected", "This authorization link was used already: each one connects Spotify once. Run authorizeSpotify() again for a new one.");
        }
        try
        {
            var scopes = ScriptRun.Services().Auth.ExchangeCode(code);
            Logger.Log($"authCallback: Spotify connected with the scopes {scopes}.");
            return Page("Spotify is connected", $"SpotifySync may now read your library ({scopes}). You can close this tab; run setupTimeTrigger() if the sync trigger is not installed yet.");
        }
        catch (Exception failure) when (failure is SpotifyAuthException or ArgumentException)
        {
            Logger.Log($"authCallback: Spotify was not connected: {failure.Message}");
            return Page("Spotify was not connected", failure.Message);
        }
        catch (SpotifyApiException failure)
        {
            // A 429 or 5xx of the token endpoint: the code was not used, but it expires within minutes, so the person starts again.
            Logger.Log($"authCallback: Spotify was not connected: {failure.Message}");
            return Page("Spotify was not connected", $"{failure.Message}. Spotify could not take the authorization just now; run authorizeSpotify() again in a few minutes.");
        }
    }

    /// <summary>
    /// Accepts a state token once. Apps Script honours a token until it expires, so a second redirect with the same
    /// state (a code intercepted or replayed within the hour) would otherwise replace the stored refresh token. The
    /// token is remembered hashed, until it would have expired anyway.
    /// </summary>
    private static bool AcceptOnce(string? state)
    {
        if (string.IsNullOrEmpty(state)) return false;
        var properties = new ScriptPropertiesStore();
        var states = new ReplayMemory(properties, StateKeys.AuthorizationStates);
        var id = new ScriptCrypto().HmacSha256Hex(state, StateKeys.AuthorizationStates);
        var now = WebhookSignature.UnixSeconds(new ScriptClock().UtcNow());
        if (states.WasAccepted(id, now)) return false;
        states.Remember(id, now + StateTokenSeconds, now);
        return true;
    }

    private static HtmlOutput Page(string title, string message) =>
        HtmlService.CreateHtmlOutput($"<!DOCTYPE html><html><body><h1>{Html.Escape(title)}</h1><p>{Html.Escape(message)}</p></body></html>").SetTitle($"SpotifySync: {title}");
}
