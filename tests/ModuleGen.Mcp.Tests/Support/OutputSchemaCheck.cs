using System.Text.Json;

namespace ModuleGen.Mcp.Tests.Support;

/// <summary>Checks structured content against a tool's compact output schema the way a strict client would: an object
/// whose every field is listed in <c>properties</c> with a matching JSON type (a property without a type admits
/// anything); nothing is required.</summary>
internal static class OutputSchemaCheck
{
    /// <summary>Returns one line per violation; empty when the value conforms.</summary>
    public static IReadOnlyList<string> Violations(JsonElement schema, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return [$"the result is a {value.ValueKind}, not an object"];
        }

        var properties = schema.GetProperty("properties");
        var problems = new List<string>();
        foreach (var field in value.EnumerateObject())
        {
            if (!properties.TryGetProperty(field.Name, out var property))
            {
                problems.Add($"'{field.Name}' is not listed in the output schema");
            }
            else if (property.TryGetProperty("type", out var type) && !Admits(type, field.Value))
            {
                problems.Add($"'{field.Name}' is a {field.Value.ValueKind}, the schema says {type.GetRawText()}");
            }
        }

        return problems;
    }

    private static bool Admits(JsonElement type, JsonElement value) =>
        type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Any(t => Is(t.GetString()!, value))
            : Is(type.GetString()!, value);

    private static bool Is(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => false,
    };
}
