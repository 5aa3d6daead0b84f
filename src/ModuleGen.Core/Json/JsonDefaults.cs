using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ModuleGen.Core.Audit;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.SpecDocs.Model;
using ModuleGen.Core.Templates;

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
        // One typed converter per enum a result carries: the untyped factory needs run-time code generation (Native AOT).
        Converters =
        {
            new JsonStringEnumConverter<Severity>(JsonNamingPolicy.SnakeCaseLower),
            new JsonStringEnumConverter<ChangeKind>(JsonNamingPolicy.SnakeCaseLower),
            new JsonStringEnumConverter<ConflictPolicy>(JsonNamingPolicy.SnakeCaseLower),
            new JsonStringEnumConverter<VariableType>(JsonNamingPolicy.SnakeCaseLower),
            new JsonStringEnumConverter<IdKind>(JsonNamingPolicy.SnakeCaseLower),
            new JsonStringEnumConverter<SpecDocumentKind>(JsonNamingPolicy.SnakeCaseLower),
            new JsonStringEnumConverter<Updating.UpdateAction>(JsonNamingPolicy.SnakeCaseLower),
            new JsonStringEnumConverter<Updating.ModuleState>(JsonNamingPolicy.SnakeCaseLower),
        },
    });

    public static JsonSerializerOptions Options => Context.Options;
}
