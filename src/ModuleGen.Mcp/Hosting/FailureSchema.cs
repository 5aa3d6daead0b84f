using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using ModuleGen.Core.Common;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Widens every tool's output schema so that an isError result's <c>{"errors": [...]}</c> also conforms.</summary>
/// <remarks>
/// Clients built on the TypeScript SDK (Claude Code, the Inspector) validate structuredContent against the output
/// schema even on isError results, and would replace our precise errors with a validation failure. The widened schema
/// keeps the success shape exact: <c>anyOf</c> [all success fields required] or [<c>errors</c> required].
/// </remarks>
internal static class FailureSchema
{
    private static readonly JsonNode s_errorsSchema =
        JsonSerializer.SerializeToNode(AIJsonUtilities.CreateJsonSchema(typeof(ToolFailure), serializerOptions: ToolJson.Options))!["properties"]!["errors"]!;

    /// <summary>Returns the schema admitting either the success object or the failure envelope.</summary>
    public static JsonElement Admit(JsonElement successSchema)
    {
        var schema = JsonNode.Parse(successSchema.GetRawText())!.AsObject();
        if (schema["type"]?.GetValue<string>() != "object" || schema["properties"] is not JsonObject properties || properties.ContainsKey("errors"))
        {
            return successSchema;
        }

        var required = schema["required"]?.DeepClone() ?? new JsonArray();
        schema.Remove("required");
        properties["errors"] = s_errorsSchema.DeepClone();
        schema["anyOf"] = new JsonArray(
            new JsonObject { ["required"] = required },
            new JsonObject { ["required"] = new JsonArray("errors") });
        return JsonSerializer.SerializeToElement(schema, ToolJson.Options.GetTypeInfo(typeof(JsonObject)));
    }
}
