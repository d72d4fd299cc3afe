using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SpotifySync.Companion.Server;

/// <summary>
/// The webhook API's refusals, as RFC 9457 problem details (<c>application/problem+json</c>): the status, a title per
/// kind of refusal, the sentence that says what to do in <c>detail</c>, and the kind's code in the extension member
/// <see cref="ErrorMember"/>, which clients (<c>spotify-sync api</c>) and the server's log key on.
/// </summary>
public static class GasProblems
{
    public const string ErrorMember = "error";

    public static ProblemHttpResult BadJson(string detail) => Problem(StatusCodes.Status400BadRequest, "invalid_json", "The body is not JSON text", detail);

    public static ProblemHttpResult BadBody(string detail) => Problem(StatusCodes.Status400BadRequest, "invalid_body", "The body could not be read", detail);

    public static ProblemHttpResult Unauthorized(string detail) => Problem(StatusCodes.Status401Unauthorized, "invalid_signature", "The request is not signed with WEBHOOK_SECRET", detail);

    public static ProblemHttpResult SlowBody(string detail) => Problem(StatusCodes.Status408RequestTimeout, "request_timeout", "The body arrived too slowly", detail);

    public static ProblemHttpResult Busy(string detail) => Problem(StatusCodes.Status409Conflict, "sync_running", "A sync is running", detail);

    public static ProblemHttpResult NoConfigurationDatabase(string detail) =>
        Problem(StatusCodes.Status409Conflict, "no_configuration_database", "The trigger interval cannot reach Apps Script", detail);

    public static ProblemHttpResult NoScriptRow(string detail) => Problem(StatusCodes.Status409Conflict, "no_script_row", "The configuration database has no row of Apps Script's", detail);

    public static ProblemHttpResult TooLarge(string detail) => Problem(StatusCodes.Status413PayloadTooLarge, "payload_too_large", "The body is too large", detail);

    public static ProblemHttpResult UnsupportedMediaType(string detail) => Problem(StatusCodes.Status415UnsupportedMediaType, "unsupported_media_type", "The body is not sent as JSON", detail);

    public static ProblemHttpResult NotionFailed(string detail) => Problem(StatusCodes.Status502BadGateway, "notion_failed", "Notion could not be written", detail);

    /// <summary>422 with the problem of each field (RFC 9457's validation problem), every sentence also in <c>detail</c>.</summary>
    public static ProblemHttpResult Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "The request's fields are not what the route takes",
            Detail = string.Join(" ", errors.SelectMany(field => field.Value)),
            Extensions = { [ErrorMember] = "invalid_request" },
        });

    public static ProblemHttpResult Invalid(string field, string problem) => Invalid(new Dictionary<string, string[]> { [field] = [problem] });

    /// <summary>The code of a refusal this class made, or null for another result.</summary>
    public static string? ErrorOf(ProblemHttpResult problem) => problem.ProblemDetails.Extensions.TryGetValue(ErrorMember, out var error) ? error as string : null;

    private static ProblemHttpResult Problem(int status, string error, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title, extensions: new Dictionary<string, object?> { [ErrorMember] = error });
}
