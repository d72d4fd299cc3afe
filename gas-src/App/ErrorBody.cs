using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace SpotifySync.App;

/// <summary>The JSON body of an error answer, <c>{error, detail}</c>, as the companion's endpoints answer too.</summary>
[JsonObject(NamingStrategyType = typeof(CamelCaseNamingStrategy))]
public sealed class ErrorBody
{
    public string Error { get; set; } = "";

    public string Detail { get; set; } = "";
}
