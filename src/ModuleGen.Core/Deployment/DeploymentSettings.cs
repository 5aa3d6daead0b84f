using System.Text.Json;
using ModuleGen.Core.Common;

namespace ModuleGen.Core.Deployment;

/// <summary>Turns the JSON object of deployment settings into plain values: strings, whole numbers (long) and lists of
/// strings; anything else is refused at /settings/&lt;key&gt;.</summary>
public static class DeploymentSettings
{
    public const int MaxSettings = 64;
    public const int MaxValueLength = 4096;

    /// <summary>Converts <paramref name="json"/> (absent or null: no settings).</summary>
    public static Result<IReadOnlyDictionary<string, object?>> FromJson(JsonElement? json)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        if (json is not { } element || element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return Result<IReadOnlyDictionary<string, object?>>.Ok(values);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return ToolError.Create(ErrorCodes.ArgumentInvalid, "/settings", "settings must be a JSON object of key → value.", "Pass e.g. {\"host\": \"deploy.example.com\", \"branch\": \"main\"}.")
                .WithFound(element.ValueKind.ToString());
        }

        var errors = new List<ToolError>();
        foreach (var property in element.EnumerateObject().Take(MaxSettings + 1))
        {
            var pointer = $"/settings/{Pointer(property.Name)}";
            if (values.Count >= MaxSettings)
            {
                errors.Add(ToolError.Create(ErrorCodes.DeploySettingInvalid, "/settings", $"More than {MaxSettings} settings were given.", "Pass only the settings the strategy accepts."));
                break;
            }

            var value = Value(property.Value, pointer, errors);
            if (!values.TryAdd(property.Name, value))
            {
                errors.Add(ToolError.Create(ErrorCodes.DeploySettingInvalid, pointer, $"The setting '{Preview.Of(property.Name)}' is given twice.", "Give each setting once.").WithFound(property.Name));
            }
        }

        return errors.Count > 0 ? Result<IReadOnlyDictionary<string, object?>>.Fail(errors) : Result<IReadOnlyDictionary<string, object?>>.Ok(values);
    }

    /// <summary>Escapes a key for a JSON pointer (RFC 6901).</summary>
    public static string Pointer(string key) => key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static object? Value(JsonElement value, string pointer, List<ToolError> errors)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String when value.GetString()!.Length <= MaxValueLength:
                return value.GetString();
            case JsonValueKind.Number when value.TryGetInt64(out var whole):
                return whole;
            case JsonValueKind.Array when value.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String && i.GetString()!.Length <= MaxValueLength) && value.GetArrayLength() <= MaxSettings:
                return (IReadOnlyList<string>)value.EnumerateArray().Select(i => i.GetString()!).ToArray();
            default:
                errors.Add(ToolError.Create(ErrorCodes.DeploySettingInvalid, pointer, $"A setting is a string, a whole number or a list of strings (each at most {MaxValueLength} characters), not this {value.ValueKind.ToString().ToLowerInvariant()}.",
                    "Pass a single value, or a list of strings for excludes.").WithFound(value.ValueKind.ToString().ToLowerInvariant()));
                return null;
        }
    }
}
