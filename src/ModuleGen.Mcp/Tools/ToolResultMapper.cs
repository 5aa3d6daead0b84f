using System.Text;
using System.Text.Json;
using ModelContextProtocol.Protocol;
using ModuleGen.Core.Common;
using ModuleGen.Core.Json;

namespace ModuleGen.Mcp.Tools;

/// <summary>Turns a Core <see cref="Result{T}"/> into a tool result: structured content plus a short text, or an
/// isError result whose text lists each problem and whose structured content carries the error records.</summary>
internal static class ToolResultMapper
{
    /// <summary>Maps a result; <paramref name="summary"/> writes the one-paragraph human text for a success.</summary>
    public static CallToolResult Map<T>(Result<T> result, Func<T, string> summary)
    {
        if (!result.IsOk)
        {
            return Failure(result.Errors);
        }

        return new CallToolResult
        {
            Content = [new TextContentBlock { Text = summary(result.Value) }],
            StructuredContent = JsonSerializer.SerializeToElement(result.Value, JsonDefaults.Options.GetTypeInfo(typeof(T))),
        };
    }

    /// <summary>Builds the isError result for a list of problems.</summary>
    public static CallToolResult Failure(IReadOnlyList<ToolError> errors) => new()
    {
        IsError = true,
        Content = [new TextContentBlock { Text = Describe(errors) }],
        StructuredContent = JsonSerializer.SerializeToElement(new ToolFailure(errors), JsonDefaults.Context.ToolFailure),
    };

    /// <summary>Writes one line per error: pointer, code, message, and the fix.</summary>
    public static string Describe(IReadOnlyList<ToolError> errors)
    {
        var text = new StringBuilder(errors.Count == 1 ? "1 problem:" : $"{errors.Count} problems:");
        foreach (var error in errors)
        {
            var where = error.Location is { } l ? $"{l.File}:{l.Line}:{l.Column}" : error.Pointer.Length == 0 ? "(root)" : error.Pointer;
            text.Append('\n').Append($"- {where} [{error.Code}] {error.Message} Fix: {error.Hint}");
        }

        return text.ToString();
    }
}
