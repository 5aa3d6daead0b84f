using System.Text;
using System.Text.Json;
using ModuleGen.Core.Common;
using ModuleGen.Core.Json;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Execution;

/// <summary>Reads and appends the recipe's run log, &lt;paths.run_logs&gt;/&lt;module&gt;/&lt;run-id&gt;.jsonl.</summary>
/// <remarks>An append rewrites the file through the atomic writer under the module's lock, so a crash leaves the
/// log with or without the new line, never a torn one; lines that still cannot be read (a hand edit) are skipped
/// with a warning rather than failing the recipe.</remarks>
public sealed class RunLog(ModuleGenWorkspace workspace, KeyedLocks locks)
{
    public const string Extension = ".jsonl";

    /// <summary>The largest run log read or extended, in bytes.</summary>
    public const int MaxLogBytes = 16 * 1024 * 1024;

    /// <summary>Resolves the log file of a module's run.</summary>
    public Result<WorkspacePath> PathFor(string module, string runId) =>
        workspace.Guard.Resolve($"{workspace.Config.Paths.RunLogs}/{module}/{runId}{Extension}", "/config/paths/run_logs");

    /// <summary>Reads a log; a missing file is an empty log.</summary>
    public Result<RunLogContent> Read(WorkspacePath file) =>
        ReadText(file).Map(text => Parse(text ?? ""));

    /// <summary>Appends one event, serialised with the other appends of the module.</summary>
    public Result<Unit> Append(WorkspacePath file, RunLogEntry entry, CancellationToken cancellationToken = default) =>
        Append(file, [entry], cancellationToken);

    /// <summary>Appends events in one write, serialised with the other appends of the module.</summary>
    public Result<Unit> Append(WorkspacePath file, IReadOnlyList<RunLogEntry> entries, CancellationToken cancellationToken = default)
    {
        var line = string.Concat(entries.Select(e => JsonSerializer.Serialize(e, JsonDefaults.Context.RunLogEntry) + "\n"));
        return locks.Run(workspace, "run:" + file.RelativePath, "record_step", () => ReadText(file).Then(text =>
        {
            var existing = text ?? "";
            var separator = existing.Length > 0 && !existing.EndsWith('\n') ? "\n" : "";
            // A cancelled call stops here, before the write; once the write starts it completes and answers.
            cancellationToken.ThrowIfCancellationRequested();
            return workspace.Writer.WriteText(file, existing + separator + line, "/config/paths/run_logs");
        }), cancellationToken);
    }

    private static Result<string?> ReadText(WorkspacePath file)
    {
        try
        {
            if (!File.Exists(file.FullPath))
            {
                return Result<string?>.Ok(null);
            }

            if (new FileInfo(file.FullPath).Length > MaxLogBytes)
            {
                return ToolError.Create(ErrorCodes.ReadFailed, "/config/paths/run_logs",
                    $"The run log '{file.RelativePath}' is over {MaxLogBytes} bytes.",
                    "Archive the log (move it aside); the recipe then starts from an empty log for this plan revision.").WithFound(file.RelativePath);
            }

            return Result<string?>.Ok(RegularFile.ReadAllText(file.FullPath, MaxLogBytes));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ToolError.Create(ErrorCodes.ReadFailed, "/config/paths/run_logs", $"Could not read '{file.RelativePath}': {WorkspaceIOException.Describe(ex)}",
                "Check the file's permissions.").WithFound(file.RelativePath);
        }
    }

    private static RunLogContent Parse(string text)
    {
        var entries = new List<RunLogEntry>();
        var warnings = new List<string>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                if (JsonSerializer.Deserialize(line, JsonDefaults.Context.RunLogEntry) is { Brick: not null, Step: not null, Status: not null } entry)
                {
                    entries.Add(entry);
                    continue;
                }
            }
            catch (JsonException)
            {
                // Reported below.
            }

            warnings.Add($"Line {i + 1} of the run log is not a step event; it was ignored.");
        }

        return new RunLogContent(entries, warnings);
    }
}
