using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace SpotifySync.Core.Webhooks;

/// <summary>The JSON body of doPost's error answer, <c>{error, detail}</c>, which the companion reads: a web app answers every request 200, so this body is the refusal.</summary>
[JsonObject(NamingStrategyType = typeof(CamelCaseNamingStrategy))]
public sealed class ErrorBody
{
    public string Error { get; set; } = "";

    public string Detail { get; set; } = "";
}
