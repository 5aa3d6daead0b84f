using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Shrinks what every tool costs in a client's context (tools/list) without losing what a client needs.</summary>
/// <remarks>
/// <para>Output schemas become flat: <c>{"type": "object", "properties": {field: {"type": …}}}</c> — each top-level field
/// with its JSON type only, no nested schemas, descriptions or <c>required</c>, plus <c>errors</c> (an array) for the
/// failure envelope. Clients built on the TypeScript SDK (Claude Code, the Inspector) validate structuredContent
/// against the output schema even on isError results; with no <c>required</c> both the success object and
/// <c>{"errors": [...]}</c> conform. The full shapes are documented in docs/ and visible in every result.</para>
/// <para>Titles go (the tool-level one and the copy the SDK puts in <c>annotations.title</c>): they are display names a
/// client falls back from to the tool's name, and the catalogue is read into every session (issue 23 kept tools/list
/// under 20 KB while tools gained plan-driven arguments). So do the destructive and idempotent hints of read-only
/// tools, which the protocol leaves without meaning there. Input schemas lose <c>"default": null</c> and
/// <c>"default": false</c> and the "null" type of optional parameters, which say nothing that leaving the argument out
/// does not; untyped (JsonElement) parameters are declared as objects.</para>
/// </remarks>
internal static class ToolListCompaction
{
    /// <summary>The property every output schema gets for the failure envelope.</summary>
    public const string ErrorsProperty = "errors";

    /// <summary>Compacts one tool's protocol description in place.</summary>
    public static void Apply(Tool tool)
    {
        if (tool.OutputSchema is { } output)
        {
            tool.OutputSchema = CompactOutput(output);
        }

        tool.InputSchema = CompactInput(tool.InputSchema);
        tool.Title = null;
        if (tool.Annotations is { } annotations)
        {
            annotations.Title = null;

            // The protocol defines destructiveHint and idempotentHint only for tools that are not read-only.
            if (annotations.ReadOnlyHint is true)
            {
                annotations.DestructiveHint = null;
                annotations.IdempotentHint = null;
            }
        }
    }

    /// <summary>Returns the flat schema of an object result: each property with its JSON type, plus <c>errors</c>.</summary>
    public static JsonElement CompactOutput(JsonElement schema)
    {
        var properties = new JsonObject();
        if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var fields) && fields.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in fields.EnumerateObject())
            {
                properties[field.Name] = TypeOnly(field.Value);
            }
        }

        properties[ErrorsProperty] = new JsonObject { ["type"] = "array" };
        return ToElement(new JsonObject { ["type"] = "object", ["properties"] = properties });
    }

    /// <summary>Keeps a field's <c>type</c>; a field without one admits any value.</summary>
    /// <remarks>"null" is dropped from a list of types: results are serialized with nulls left out (JsonDefaults), so a
    /// field is either absent or of its type.</remarks>
    private static JsonObject TypeOnly(JsonElement field)
    {
        if (field.ValueKind != JsonValueKind.Object || !field.TryGetProperty("type", out var type))
        {
            return new JsonObject();
        }

        if (type.ValueKind != JsonValueKind.Array)
        {
            return new JsonObject { ["type"] = type.GetString() };
        }

        var types = type.EnumerateArray().Select(t => t.GetString()).Where(t => t != "null").ToArray();
        return types.Length switch
        {
            0 => new JsonObject(),
            1 => new JsonObject { ["type"] = types[0] },
            _ => new JsonObject { ["type"] = new JsonArray([.. types.Select(t => (JsonNode?)t)]) },
        };
    }

    /// <summary>Drops <c>"default": null</c> and <c>"default": false</c> and, for parameters that are not required, "null" from the type (an
    /// optional argument is simply left out; the binder still accepts an explicit null); types JSON-object
    /// parameters.</summary>
    private static JsonElement CompactInput(JsonElement input)
    {
        var schema = JsonNode.Parse(input.GetRawText());
        if (schema?["properties"] is not JsonObject properties)
        {
            return input;
        }

        var required = schema["required"] is JsonArray names ? names.Select(n => n?.GetValue<string>()).ToHashSet() : [];
        foreach (var (name, property) in properties)
        {
            if (property is not JsonObject p)
            {
                continue;
            }

            if (p.TryGetPropertyValue("default", out var value) && (value is null || value.GetValueKind() == JsonValueKind.False))
            {
                p.Remove("default");
            }

            // A JsonElement parameter gets no type from the SDK; in ModuleGen every one takes a JSON object (a plan,
            // variables, settings). Saying so lets clients that convert by type (the Inspector CLI) send an object.
            if (!p.ContainsKey("type") && !p.ContainsKey("anyOf") && !p.ContainsKey("oneOf") && !p.ContainsKey("$ref"))
            {
                p["type"] = "object";
            }

            if (!required.Contains(name))
            {
                WithoutNull(p);
                if (p["items"] is JsonObject items)
                {
                    WithoutNull(items);
                }
            }
        }

        return ToElement(schema);
    }

    private static void WithoutNull(JsonObject schema)
    {
        if (schema["type"] is JsonArray types && types.Count == 2 && types.Any(t => t?.GetValue<string>() == "null"))
        {
            schema["type"] = types.First(t => t?.GetValue<string>() != "null")!.GetValue<string>();
        }
    }

    private static JsonElement ToElement(JsonNode node) =>
        JsonSerializer.SerializeToElement(node, ToolJson.Options.GetTypeInfo(typeof(JsonNode)));
}
