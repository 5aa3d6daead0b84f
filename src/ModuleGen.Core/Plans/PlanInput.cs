using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using ModuleGen.Core.Common;

namespace ModuleGen.Core.Plans;

/// <summary>Turns what a caller sent as a plan (a JSON object, or a string holding one) into a JSON object, refusing
/// anything over <see cref="PlanLimits.MaxPlanBytes"/> before it is read field by field.</summary>
public static class PlanInput
{
    private static readonly JsonDocumentOptions s_strict = new() { MaxDepth = 64 };

    /// <summary>Accepts a tool argument: a JSON object, or a JSON string containing the object (for clients that stringify).</summary>
    public static Result<JsonElement> FromArgument(JsonElement argument) => argument.ValueKind switch
    {
        JsonValueKind.Object => CheckSize(JsonMarshal.GetRawUtf8Value(argument).Length).Map(_ => argument),
        JsonValueKind.String => FromText(argument.GetString() ?? ""),
        JsonValueKind.Undefined or JsonValueKind.Null => ToolError.Missing("", "plan"),
        _ => ToolError.Create(ErrorCodes.PlanFieldType, "", $"The plan must be a JSON object; found a JSON {Kind(argument)}.",
            "Pass the plan object itself: {\"module\": …, \"bricks\": [ … ]}."),
    };

    /// <summary>Parses plan text (a stringified argument or a plan file).</summary>
    public static Result<JsonElement> FromText(string text)
    {
        var size = CheckSize(text.Length > PlanLimits.MaxPlanBytes ? text.Length : Encoding.UTF8.GetByteCount(text));
        return size.IsOk ? Parse(Encoding.UTF8.GetBytes(text)) : Result<JsonElement>.Fail(size.Errors);
    }

    /// <summary>Parses plan bytes read from a file.</summary>
    public static Result<JsonElement> FromUtf8(byte[] utf8)
    {
        var size = CheckSize(utf8.Length);
        return size.IsOk ? Parse(utf8) : Result<JsonElement>.Fail(size.Errors);
    }

    /// <summary>Names a JSON value's kind the way error messages do: object, array, string, number, boolean, null.</summary>
    public static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };

    private static Result<JsonElement> Parse(byte[] utf8)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8, s_strict);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                ? Result<JsonElement>.Ok(root.Clone())
                : ToolError.Create(ErrorCodes.PlanFieldType, "", $"The plan must be a JSON object; found a JSON {Kind(root)}.",
                    "Send the plan object: {\"module\": …, \"bricks\": [ … ]}.");
        }
        catch (JsonException ex)
        {
            return ToolError.Create(ErrorCodes.PlanInvalidJson, "",
                $"The plan is not valid JSON (line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}): {FirstSentence(ex.Message)}",
                "Send one JSON object with double-quoted keys and no trailing commas or comments.");
        }
    }

    private static Result<Unit> CheckSize(long bytes) =>
        bytes <= PlanLimits.MaxPlanBytes
            ? Result<Unit>.Ok(Unit.Value)
            : ToolError.Create(ErrorCodes.PlanTooLarge, "",
                $"The plan is {bytes} bytes; at most {PlanLimits.MaxPlanBytes} are accepted.",
                $"Keep descriptions short (under {PlanLimits.MaxStringLength} characters), use at most {PlanLimits.MaxBricks} bricks, and move long text into the brick's contract or spec document.");

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
