using System;
using AppsScript.Interop.Services;
using SpotifySync.Core.Spotify;
using SpotifySync.Core.Timing;

namespace SpotifySync.App;

/// <summary><c>testSpotifyConnection</c>: one call to Spotify with the stored authorization, and what it says about it.</summary>
public static class ConnectionTest
{
    public static ConnectionTestResult Run()
    {
        var services = ScriptRun.Services();
        var result = new ConnectionTestResult();
        try
        {
            var user = services.Spotify.GetCurrentUser();
            result.Ok = true;
            result.UserId = user.Id;
            result.DisplayName = user.DisplayName;
            var authorizedAt = services.Auth.AuthorizedAt();
            if (authorizedAt is { } at)
            {
                result.AuthorizedAt = IsoTime.Format(at);
                result.RefreshTokenExpiresAt = IsoTime.Format(at.AddMonths(6));
            }
            Logger.Log($"testSpotifyConnection: connected as {user.DisplayName ?? user.Id}; the authorization ends {result.RefreshTokenExpiresAt ?? "six months after it was given"}.");
        }
        catch (Exception failure) when (failure is SpotifyApiException or SpotifyAuthException or SpotifyNotAuthorizedException or SpotifyAuthorizationRevokedException or SpotifyBlockedException)
        {
            result.Ok = false;
            result.Error = failure.Message;
            Logger.Log($"testSpotifyConnection: not connected: {failure.Message}");
        }
        return result;
    }
}
