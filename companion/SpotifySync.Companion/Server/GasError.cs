using Microsoft.AspNetCore.Http;

namespace SpotifySync.Companion.Server;

/// <summary>The webhook API's error answer: <c>{"error": code, "detail": sentence}</c> with its status.</summary>
public sealed record GasError(string Error, string Detail)
{
    public static IResult Result(int status, string error, string detail) => Results.Json(new GasError(error, detail), Json.CompanionJson.Compact, statusCode: status);

    public static IResult BadJson(string detail) => Result(StatusCodes.Status400BadRequest, "invalid_json", detail);

    public static IResult Unauthorized(string detail) => Result(StatusCodes.Status401Unauthorized, "invalid_signature", detail);

    public static IResult TooLarge(string detail) => Result(StatusCodes.Status413PayloadTooLarge, "payload_too_large", detail);

    public static IResult UnsupportedMediaType(string detail) => Result(StatusCodes.Status415UnsupportedMediaType, "unsupported_media_type", detail);

    public static IResult Invalid(string detail) => Result(StatusCodes.Status422UnprocessableEntity, "invalid_request", detail);

    public static IResult Busy(string detail) => Result(StatusCodes.Status409Conflict, "sync_running", detail);
}
