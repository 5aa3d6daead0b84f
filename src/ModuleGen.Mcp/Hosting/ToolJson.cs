using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ModelContextProtocol;
using ModuleGen.Core.Json;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Holds the serializer options tools bind arguments and describe schemas with: ModuleGen's snake_case
/// source-generated context first, the SDK's protocol types after it.</summary>
internal static class ToolJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonDefaults.Options)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(JsonDefaults.Context, McpJsonUtilities.DefaultOptions.TypeInfoResolver),
        };
        options.MakeReadOnly();
        return options;
    }
}
