using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModuleGen.Core.Json;

/// <summary>Holds the one serializer context every ModuleGen record goes through: snake_case names, nulls left out,
/// enums as strings, and readable text (quotes and non-ASCII letters are not \u-escaped; output is never HTML).</summary>
public static class JsonDefaults
{
    public static ModuleGenJson Context { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    });

    public static JsonSerializerOptions Options => Context.Options;
}
