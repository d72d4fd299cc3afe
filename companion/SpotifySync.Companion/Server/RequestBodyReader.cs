using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SpotifySync.Companion.Server;

/// <summary>
/// Reads a request's body whole, as its signature needs: the exact bytes that were signed, at most
/// <see cref="MaxBodyBytes"/>. What goes wrong on the way is answered with its own status: more than the limit 413 (with
/// or without a Content-Length), a broken chunked encoding 400, a body arriving slower than the server's minimum rate
/// (Kestrel's <c>MinRequestBodyDataRate</c>) 408, a connection that ends mid-body 400.
/// </summary>
public static class RequestBodyReader
{
    /// <summary>The largest body the API reads: 64 KB, many times the largest notification Apps Script sends.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public static async Task<(byte[]? Body, ProblemHttpResult? Problem)> ReadAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength > MaxBodyBytes) return (null, TooLarge());
        // In any app that mounts the routes, whatever its server's own limit: the server stops reading past this one.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxBodyBytes;
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > MaxBodyBytes) return (null, TooLarge());
            }
        }
        catch (BadHttpRequestException exception)
        {
            return (null, exception.StatusCode switch
            {
                StatusCodes.Status413PayloadTooLarge => TooLarge(),
                StatusCodes.Status408RequestTimeout => GasProblems.SlowBody("The body arrived more slowly than the server's minimum rate (240 bytes a second after 5 seconds): send it whole, at once."),
                _ => GasProblems.BadBody($"The body could not be read ({exception.Message}): send it with a Content-Length, or as well-formed chunks."),
            });
        }
        catch (IOException exception)
        {
            return (null, GasProblems.BadBody($"The connection ended before the body was whole ({exception.Message})."));
        }
        catch (OperationCanceledException)
        {
            return (null, GasProblems.BadBody("The client went away before the body was whole."));
        }
        return (buffer.ToArray(), null);
    }

    private static ProblemHttpResult TooLarge() => GasProblems.TooLarge($"The body is larger than {MaxBodyBytes / 1024} KB.");
}
