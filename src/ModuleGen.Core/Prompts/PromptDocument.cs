using ModuleGen.Core.Common;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Prompts;

/// <summary>Reads a document a prompt embeds (a contract or spec) from exactly one of a workspace path or inline text.</summary>
internal static class PromptDocument
{
    /// <summary>The largest document embedded, in characters.</summary>
    public const int MaxLength = 256 * 1024;

    /// <summary>Returns the model of the document: source ("path" or "inline"), path (or null) and text (LF endings).</summary>
    public static Result<Dictionary<string, object?>> Read(PathGuard guard, string name, string? path, string? text)
    {
        var pathArgument = $"{name}_path";
        var textArgument = $"{name}_text";
        if (path is not null && text is not null)
        {
            return ToolError.Create(ErrorCodes.ArgumentInvalid, "/" + textArgument, $"Both '{pathArgument}' and '{textArgument}' were given.",
                $"Pass exactly one: '{pathArgument}' for a workspace file, or '{textArgument}' for the text itself.");
        }

        if (path is null && string.IsNullOrWhiteSpace(text))
        {
            return ToolError.Create(ErrorCodes.ArgumentMissing, "/" + pathArgument, $"The {name} is missing.",
                $"Pass '{pathArgument}' (a workspace-relative Markdown file) or '{textArgument}' (the text itself).");
        }

        if (text is not null)
        {
            return Model(name, null, text, "/" + textArgument);
        }

        return guard.Resolve(path, "/" + pathArgument).Then(file => Load(file, name, "/" + pathArgument));
    }

    private static Result<Dictionary<string, object?>> Load(WorkspacePath file, string name, string pointer)
    {
        try
        {
            if (!File.Exists(file.FullPath))
            {
                return ToolError.Create(ErrorCodes.PromptDocumentMissing, pointer, $"The {name} '{file.RelativePath}' does not exist.",
                    $"Write the {name} there first, pass the right path, or pass its text as '{name}_text'.").WithFound(file.RelativePath);
            }

            if (new FileInfo(file.FullPath).Length > MaxLength * 4L)
            {
                return TooLarge(pointer, name, file.RelativePath);
            }

            return Model(name, file.RelativePath, RegularFile.ReadAllText(file.FullPath), pointer);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ToolError.Create(ErrorCodes.ReadFailed, pointer, $"Could not read '{file.RelativePath}': {WorkspaceIOException.Describe(ex)}", "Check the file's permissions.").WithFound(file.RelativePath);
        }
    }

    private static Result<Dictionary<string, object?>> Model(string name, string? path, string text, string pointer)
    {
        if (text.Length > MaxLength)
        {
            return TooLarge(pointer, name, path ?? $"({text.Length} chars)");
        }

        var normalised = text.ReplaceLineEndings("\n").Trim('\n');
        return Result<Dictionary<string, object?>>.Ok(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["source"] = path ?? "inline",
            ["path"] = path,
            ["text"] = normalised,
            ["fence"] = Fence(normalised),
            ["lines"] = (long)(normalised.Length == 0 ? 0 : normalised.Count(c => c == '\n') + 1),
            // A document read from a file is one the caller wrote: prompts point at it rather than repeat it.
            ["embedded"] = path is null,
        });
    }

    // A code fence longer than any run of backticks in the text, so the quoted document cannot close it early.
    private static string Fence(string text)
    {
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return new string('`', Math.Max(3, longest + 1));
    }

    private static ToolError TooLarge(string pointer, string name, string found) =>
        ToolError.Create(ErrorCodes.PromptDocumentTooLarge, pointer, $"The {name} is over {MaxLength} characters.",
            "Shorten it to what planning needs (purpose, API, data, errors, configuration); link to longer material instead.") with { Found = found };
}
