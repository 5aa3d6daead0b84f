using System.Text.Json;

namespace ModuleGen.Core.Prompts;

/// <summary>Converts JSON into the plain model templates render against: dictionaries with snake_case keys (in
/// document order), lists, strings, numbers, booleans and nulls.</summary>
public static class TemplateModel
{
    /// <summary>Converts a JSON value.</summary>
    public static object? From(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => value.EnumerateObject().Aggregate(
            new Dictionary<string, object?>(StringComparer.Ordinal),
            (map, p) =>
            {
                map[p.Name] = From(p.Value);
                return map;
            }),
        JsonValueKind.Array => value.EnumerateArray().Select(From).ToList(),
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var whole) ? whole : value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
