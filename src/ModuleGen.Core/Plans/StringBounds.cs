using System.Text.Json;
using ModuleGen.Core.Common;

namespace ModuleGen.Core.Plans;

/// <summary>Finds string values longer than <see cref="PlanLimits.MaxStringLength"/> anywhere inside a JSON value
/// (keys included), so free-form fields such as variables or unknown extensions stay bounded too.</summary>
internal static class StringBounds
{
    /// <summary>Adds one error per over-long string under <paramref name="value"/>.</summary>
    public static void Check(JsonElement value, string pointer, List<ToolError> errors)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                if (TooLong(value))
                {
                    errors.Add(Error(pointer, value.GetString()!.Length));
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Check(item, PlanPointer.Combine(pointer, index++), errors);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    var child = PlanPointer.Combine(pointer, property.Name);
                    if (property.Name.Length > PlanLimits.MaxStringLength)
                    {
                        errors.Add(Error(child, property.Name.Length));
                    }

                    Check(property.Value, child, errors);
                }

                break;
        }
    }

    /// <summary>Tells whether a string value is over the limit, without materialising a huge string twice.</summary>
    public static bool TooLong(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && value.GetString()!.Length > PlanLimits.MaxStringLength;

    /// <summary>Creates the error for a string of <paramref name="length"/> characters at <paramref name="pointer"/>.</summary>
    public static ToolError Error(string pointer, int length) =>
        ToolError.Create(ErrorCodes.PlanStringTooLong, pointer,
            $"The value at '{pointer}' is {length} characters long; at most {PlanLimits.MaxStringLength} are accepted.",
            "Shorten it; put long prose into the brick's contract or spec document and keep the plan a summary.") with
        {
            Found = $"({length} chars)",
        };
}
