using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dasan.Web.Open311;

/// <summary>GeoReport v2 speaks snake_case JSON.</summary>
public static class Open311Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never,
    };

    /// <summary>The spec's error format: an array of <c>{code, description}</c>.</summary>
    public static IResult Error(int code, string description) =>
        Results.Json(new[] { new Open311Error(code, description) }, Options, statusCode: code);
}
