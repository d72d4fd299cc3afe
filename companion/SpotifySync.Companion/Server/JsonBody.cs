using System;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SpotifySync.Companion.Server;

/// <summary>
/// A route's JSON body, read into its request record <typeparamref name="T"/>. Minimal APIs bind a handler's parameters
/// before endpoint filters run, so binding reads nothing and leaves this empty: the body is read once, by
/// <see cref="SignatureFilter"/>, and read into <typeparamref name="T"/> only after its signature is verified
/// (<see cref="RequestJson"/>), the filter answering a body that is not a <typeparamref name="T"/> itself.
/// </summary>
public sealed class JsonBody<T> : IJsonBody, IBindableFromHttpContext<JsonBody<T>>
    where T : class
{
    private T? _value;

    /// <summary>The request record; there is one whenever the route runs.</summary>
    public T Value => _value ?? throw new InvalidOperationException($"The body of this route was not read: map it in a group with {nameof(SignatureFilter)} (MapGasEndpoints does).");

    public static ValueTask<JsonBody<T>?> BindAsync(HttpContext context, ParameterInfo parameter) => ValueTask.FromResult<JsonBody<T>?>(new JsonBody<T>());

    ProblemHttpResult? IJsonBody.Read(string text)
    {
        var (value, problem) = RequestJson.Read<T>(text);
        _value = value;
        return problem;
    }
}

/// <summary>What <see cref="SignatureFilter"/> sees of a <see cref="JsonBody{T}"/> argument: the verified body to read, answering the refusal of one that is not the record.</summary>
internal interface IJsonBody
{
    ProblemHttpResult? Read(string text);
}
