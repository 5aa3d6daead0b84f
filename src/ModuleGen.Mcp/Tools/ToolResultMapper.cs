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
    /// <summary>Maps a result; <paramref name="summary"/> writes the one-paragraph human text for a success, and
    /// <paramref name="link"/> (a part kept by <see cref="LargeResults"/>) follows it when the answer links to one.</summary>
    public static CallToolResult Map<T>(Result<T> result, Func<T, string> summary, ResourceLinkBlock? link = null)
    {
        if (!result.IsOk)
        {
            return Failure(result.Errors);
        }

        return new CallToolResult
        {
            Content = link is null ? [new TextContentBlock { Text = summary(result.Value) }] : [new TextContentBlock { Text = summary(result.Value) }, link],
            StructuredContent = JsonSerializer.SerializeToElement(result.Value, JsonDefaults.Options.GetTypeInfo(typeof(T))),
        };
    }

    /// <summary>Builds the isError result for a list of problems: at most <see cref="ToolFailure.MaxErrors"/> of them,
    /// plus how many more there were, so hostile input cannot amplify into an answer a client cannot read.</summary>
    public static CallToolResult Failure(IReadOnlyList<ToolError> errors)
    {
        var failure = ToolFailure.Of(errors);
        return new()
        {
            IsError = true,
            Content = [new TextContentBlock { Text = Describe(failure) }],
            StructuredContent = JsonSerializer.SerializeToElement(failure, JsonDefaults.Context.ToolFailure),
        };
    }

    /// <summary>Writes one line per error (pointer, code, message, and the fix), capped as <see cref="Failure"/> is.</summary>
    public static string Describe(IReadOnlyList<ToolError> errors) => Describe(ToolFailure.Of(errors));

    private static string Describe(ToolFailure failure)
    {
        var total = failure.Errors.Count + (failure.Omitted ?? 0);
        var text = new StringBuilder(total == 1 ? "1 problem:" : $"{total} problems:");
        foreach (var error in failure.Errors)
        {
            var where = error.Location is { } l ? $"{l.File}:{l.Line}:{l.Column}" : error.Pointer.Length == 0 ? "(root)" : error.Pointer;
            text.Append('\n').Append($"- {where} [{error.Code}] {error.Message} Fix: {error.Hint}");
        }

        if (failure.Omitted is > 0)
        {
            text.Append('\n').Append($"- … and {failure.Omitted} more (fix these first; the rest are reported on the next call).");
        }

        return text.ToString();
    }
}
