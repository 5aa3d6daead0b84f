using System.Text.Json;
using ModuleGen.Core.Common;

namespace ModuleGen.Core.Scaffolding;

/// <summary>Turns the JSON object of scaffold variables into plain values (string, long, bool, null), refusing nested
/// objects and arrays with their pointer.</summary>
public static class VariableValues
{
    /// <summary>Converts <paramref name="json"/> (absent or null: no variables; a string holding a JSON object is accepted).</summary>
    public static Result<IReadOnlyDictionary<string, object?>> FromJson(JsonElement? json, string pointer = "/variables")
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (json is not { } element || element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return Result<IReadOnlyDictionary<string, object?>>.Ok(values);
        }

        // Some clients stringify object arguments; accept a string that holds the JSON object, as plans do.
        if (element.ValueKind == JsonValueKind.String)
        {
            try
            {
                using var parsed = JsonDocument.Parse(element.GetString()!);
                if (parsed.RootElement.ValueKind == JsonValueKind.Object)
                {
                    return FromJson(parsed.RootElement.Clone(), pointer);
                }
            }
            catch (JsonException)
            {
                // Falls through to the shape error below, which shows what was sent.
            }
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return ToolError.Create(ErrorCodes.ArgumentInvalid, pointer, "variables must be a JSON object of name → value.", "Pass e.g. {\"module\": \"orders\"}.").WithFound(element.GetRawText());
        }

        var errors = new List<ToolError>();
        foreach (var property in element.EnumerateObject())
        {
            values[property.Name] = Value(property.Value, $"{pointer}/{property.Name}", errors);
        }

        return errors.Count > 0 ? Result<IReadOnlyDictionary<string, object?>>.Fail(errors) : Result<IReadOnlyDictionary<string, object?>>.Ok(values);
    }

    /// <summary>Converts a plan brick's variables (already an object of name → value) the same way.</summary>
    public static Result<IReadOnlyDictionary<string, object?>> FromPlan(IReadOnlyDictionary<string, JsonElement>? variables, string pointer)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var errors = new List<ToolError>();
        foreach (var (name, value) in variables ?? new Dictionary<string, JsonElement>())
        {
            values[name] = Value(value, $"{pointer}/{name}", errors);
        }

        return errors.Count > 0 ? Result<IReadOnlyDictionary<string, object?>>.Fail(errors) : Result<IReadOnlyDictionary<string, object?>>.Ok(values);
    }

    private static object? Value(JsonElement value, string pointer, List<ToolError> errors) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null => null,
        JsonValueKind.Number when value.TryGetInt64(out var whole) => whole,
        JsonValueKind.Number => value.GetRawText(),
        _ => Unsupported(errors, pointer, value),
    };

    private static object? Unsupported(List<ToolError> errors, string pointer, JsonElement value)
    {
        errors.Add(ToolError.Create(ErrorCodes.ScaffoldVariableType, pointer, "A variable value must be a string, a number or a boolean, not an object or array.",
            "Pass a single value.").WithFound(value.GetRawText()));
        return null;
    }
}
