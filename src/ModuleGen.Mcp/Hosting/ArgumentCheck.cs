using System.Text.Json;
using ModuleGen.Core.Common;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Checks a tools/call's arguments against the tool's input schema before the SDK binds them, so a missing,
/// misspelt or wrongly typed argument gets a precise isError result (code, pointer, what was found, what is accepted)
/// instead of the SDK's generic "An error occurred invoking …" — and a misspelt <c>dry_run</c> is never silently
/// dropped.</summary>
/// <remarks>Understands what the SDK generates for tool parameters: <c>type</c> as a name or a list (with "null"),
/// <c>items</c>, <c>properties</c>, <c>required</c>. A property without <c>type</c> (a JSON value) accepts anything.</remarks>
internal static class ArgumentCheck
{
    /// <summary>Returns every problem with the arguments; empty when they fit the schema.</summary>
    public static IReadOnlyList<ToolError> Check(JsonElement schema, IDictionary<string, JsonElement>? arguments)
    {
        var errors = new List<ToolError>();
        var properties = schema.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        foreach (var (name, value) in arguments ?? new Dictionary<string, JsonElement>())
        {
            if (properties.ValueKind != JsonValueKind.Object || !properties.TryGetProperty(name, out var property))
            {
                var accepted = properties.ValueKind == JsonValueKind.Object ? string.Join(", ", properties.EnumerateObject().Select(o => o.Name)) : "";
                errors.Add(ToolError.Create(ErrorCodes.ArgumentInvalid, Pointer(name), $"'{Preview.Of(name)}' is not an argument of this tool.",
                    accepted.Length == 0 ? "Call it without arguments." : $"Accepted arguments: {accepted}.").WithFound(Preview.WellFormed(name)));
                continue;
            }

            if (value.ValueKind != JsonValueKind.Null)
            {
                CheckValue(property, value, Pointer(name), name, errors);
            }
            else if (TypesOf(property) is { Count: > 0 } types && !types.Contains("null") && types.All(t => t is "boolean" or "integer" or "number") && !IsRequired(schema, name))
            {
                // null stands for an omitted optional argument, except where the parameter is a plain value with no null to
                // bind to (a flag such as dry_run, a step): taking its default silently would hide the mistake.
                var expected = string.Join(" or ", types);
                errors.Add(ToolError.Create(ErrorCodes.ArgumentInvalid, Pointer(name), $"'{name}' must be {Article(expected)}{expected}, not null.",
                    $"Pass {Article(expected)}{expected}, or leave '{name}' out to take its default.").WithFound("null"));
            }
        }

        UnpairedSurrogates(arguments, errors);

        if (schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array)
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()).OfType<string>())
            {
                if (arguments is null || !arguments.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
                {
                    errors.Add(ToolError.Missing(Pointer(name), name));
                }
            }
        }

        return errors;
    }

    private static void CheckValue(JsonElement schema, JsonElement value, string pointer, string name, List<ToolError> errors)
    {
        var types = TypesOf(schema);
        if (types.Count == 0 || types.Any(t => Fits(t, value)))
        {
            if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
            {
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    CheckValue(items, item, $"{pointer}/{i++}", name, errors);
                }
            }

            return;
        }

        var expected = string.Join(" or ", types.Where(t => t != "null"));
        errors.Add(ToolError.Create(ErrorCodes.ArgumentInvalid, pointer, $"'{name}' must be {Article(expected)}{expected}, not {Describe(value)}.",
            $"Pass {Article(expected)}{expected}{(types.Contains("null") ? " (or omit it)" : "")}.").WithFound(value.GetRawText()));
    }

    private static List<string> TypesOf(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.String ? [type.GetString()!]
        : type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString()).OfType<string>()]
        : [];

    private static bool Fits(string type, JsonElement value) => type switch
    {
        "string" => value.ValueKind == JsonValueKind.String,
        // The tools' integer parameters are 32-bit: a larger number could not be bound (2^40 as a step).
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "array" => value.ValueKind == JsonValueKind.Array,
        // Tools taking a JSON object (a plan, variables, settings) also accept it stringified, as some clients send it.
        "object" => value.ValueKind is JsonValueKind.Object or JsonValueKind.String,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => true,
    };

    private static bool IsRequired(JsonElement schema, string name) =>
        schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array && required.EnumerateArray().Any(r => r.ValueEquals(name));

    /// <summary>Refuses text that is not valid Unicode: a string or key holding half of a surrogate pair (JSON allows
    /// "\ud800" on its own) cannot be written as UTF-8 — not to a file name, a file, or the answer itself.</summary>
    private static void UnpairedSurrogates(IDictionary<string, JsonElement>? arguments, List<ToolError> errors)
    {
        foreach (var (name, value) in arguments ?? new Dictionary<string, JsonElement>())
        {
            var pointer = HasUnpaired(name) ? Pointer(name) : FirstUnpaired(Pointer(name), value);
            if (pointer is not null)
            {
                errors.Add(ToolError.Create(ErrorCodes.ArgumentInvalid, pointer, $"The text at '{pointer}' holds half of a UTF-16 surrogate pair on its own, which is not valid Unicode.",
                    "Send the character whole (both halves of the pair), or remove it."));
            }
        }
    }

    private static string? FirstUnpaired(string pointer, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return HasUnpairedEscape(value.GetRawText()) ? pointer : null;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    if (FirstUnpaired($"{pointer}/{i++}", item) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                foreach (var member in value.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = member.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        return pointer; // the key itself cannot be decoded
                    }

                    if (FirstUnpaired($"{pointer}{Pointer(name)}", member.Value) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    // Text that arrived as UTF-8 is well-formed; half a pair can only come from a \uXXXX escape, so the raw JSON is read
    // (decoding it first would throw on exactly this).
    private static bool HasUnpairedEscape(string raw)
    {
        var pendingHigh = false;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\\' && i + 1 < raw.Length && raw[i + 1] == 'u' && i + 5 < raw.Length &&
                ushort.TryParse(raw.AsSpan(i + 2, 4), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var unit))
            {
                var c = (char)unit;
                if (pendingHigh != char.IsLowSurrogate(c))
                {
                    return true; // a high half not followed by a low one, or a low half on its own
                }

                pendingHigh = char.IsHighSurrogate(c);
                i += 5;
            }
            else if (raw[i] == '\\')
            {
                if (pendingHigh)
                {
                    return true;
                }

                i++;
            }
            else if (pendingHigh)
            {
                return true;
            }
        }

        return pendingHigh;
    }

    private static bool HasUnpaired(string text) => !ReferenceEquals(Preview.WellFormed(text), text);

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    private static string Article(string type) => type.Length > 0 && "aeiou".Contains(type[0]) ? "an " : "a ";

    private static string Pointer(string name) => "/" + Preview.WellFormed(name).Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
