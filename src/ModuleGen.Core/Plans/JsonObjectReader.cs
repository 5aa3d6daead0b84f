using System.Text.Json;
using ModuleGen.Core.Common;

namespace ModuleGen.Core.Plans;

/// <summary>Reads the fields of one JSON object of a plan with their expected shapes, adding one error per problem
/// (duplicate key, missing field, wrong type, over-long string) and keeping unknown fields in their original order.</summary>
/// <remarks>A missing or malformed required string reads as "", so later rules can still check the rest.</remarks>
internal sealed class JsonObjectReader
{
    private readonly Dictionary<string, JsonElement> _known = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonElement> _unknown = new(StringComparer.Ordinal);
    private readonly string _pointer;
    private readonly List<ToolError> _errors;

    public JsonObjectReader(JsonElement value, string pointer, IReadOnlySet<string> knownFields, List<ToolError> errors)
    {
        _pointer = pointer;
        _errors = errors;
        foreach (var property in value.EnumerateObject())
        {
            // The pointer is built only when it is needed (an error, or an unknown field whose size is checked).
            if (_known.ContainsKey(property.Name) || _unknown.ContainsKey(property.Name))
            {
                errors.Add(ToolError.Create(ErrorCodes.PlanKeyDuplicate, PlanPointer.Combine(pointer, property.Name), $"The key '{Preview.Of(property.Name)}' appears more than once in the same object.",
                    "Keep one occurrence of each key; JSON readers disagree on which duplicate wins.").WithFound(property.Name));
            }
            else if (knownFields.Contains(property.Name))
            {
                _known[property.Name] = property.Value;
            }
            else
            {
                StringBounds.Check(property.Value, PlanPointer.Combine(pointer, property.Name), errors);
                _unknown[property.Name] = property.Value;
            }
        }
    }

    /// <summary>Reads a required non-empty string; "" when it is absent or malformed (the error is recorded).</summary>
    public string RequiredString(string field, string hint)
    {
        if (!_known.TryGetValue(field, out var value))
        {
            _errors.Add(Missing(field, $"'{field}' is missing.", hint));
            return "";
        }

        var text = String(field, value, hint);
        if (text is { Length: 0 })
        {
            _errors.Add(Missing(field, $"'{field}' is empty.", hint));
        }

        return text ?? "";
    }

    /// <summary>Reads an optional string; null when absent or malformed.</summary>
    public string? OptionalString(string field, string hint) =>
        _known.TryGetValue(field, out var value) ? String(field, value, hint) : null;

    /// <summary>Reads an optional array of strings; null when absent or malformed.</summary>
    public IReadOnlyList<string>? OptionalStringList(string field, string hint)
    {
        if (!_known.TryGetValue(field, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            _errors.Add(WrongType(PlanPointer.Combine(_pointer, field), "an array of strings", value, hint));
            return null;
        }

        var items = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var at = PlanPointer.Combine(PlanPointer.Combine(_pointer, field), index++);
            if (item.ValueKind != JsonValueKind.String)
            {
                _errors.Add(WrongType(at, "a string", item, hint));
            }
            else if (StringBounds.TooLong(item))
            {
                _errors.Add(StringBounds.Error(at, item.GetString()!.Length));
            }
            else
            {
                items.Add(item.GetString()!);
            }
        }

        return items;
    }

    /// <summary>Reads an optional object of free-form values, kept as JSON in their original order.</summary>
    public IReadOnlyDictionary<string, JsonElement>? OptionalObject(string field, string hint)
    {
        if (!_known.TryGetValue(field, out var value))
        {
            return null;
        }

        var at = PlanPointer.Combine(_pointer, field);
        if (value.ValueKind != JsonValueKind.Object)
        {
            _errors.Add(WrongType(at, "an object", value, hint));
            return null;
        }

        StringBounds.Check(value, at, _errors);
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            if (!result.TryAdd(property.Name, property.Value))
            {
                _errors.Add(ToolError.Create(ErrorCodes.PlanKeyDuplicate, PlanPointer.Combine(at, property.Name),
                    $"The key '{Preview.Of(property.Name)}' appears more than once in '{field}'.", "Keep one occurrence of each key.").WithFound(property.Name));
            }
        }

        return result;
    }

    /// <summary>Returns a required array, or null after recording why it is absent or malformed.</summary>
    public JsonElement? RequiredArray(string field, string hint)
    {
        if (!_known.TryGetValue(field, out var value))
        {
            _errors.Add(Missing(field, $"'{field}' is missing.", hint));
            return null;
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            return value;
        }

        _errors.Add(WrongType(PlanPointer.Combine(_pointer, field), "an array", value, hint));
        return null;
    }

    /// <summary>Returns the fields that are not part of the model, or null when there are none.</summary>
    public Dictionary<string, JsonElement>? Unknown() => _unknown.Count == 0 ? null : _unknown;

    /// <summary>Creates the error for a value of the wrong JSON type.</summary>
    public static ToolError WrongType(string pointer, string expected, JsonElement found, string hint) =>
        ToolError.Create(ErrorCodes.PlanFieldType, pointer, $"'{pointer}' must be {expected}; found a JSON {PlanInput.Kind(found)}.", hint)
            .WithFound(found.ValueKind == JsonValueKind.String ? found.GetString() : PlanInput.Kind(found));

    private string? String(string field, JsonElement value, string hint)
    {
        var at = PlanPointer.Combine(_pointer, field);
        if (value.ValueKind != JsonValueKind.String)
        {
            _errors.Add(WrongType(at, "a string", value, hint));
            return null;
        }

        if (StringBounds.TooLong(value))
        {
            _errors.Add(StringBounds.Error(at, value.GetString()!.Length));
            return null;
        }

        return value.GetString();
    }

    private ToolError Missing(string field, string message, string hint) =>
        ToolError.Create(ErrorCodes.PlanFieldMissing, PlanPointer.Combine(_pointer, field), message, hint);
}
