using System.Text;
using System.Text.Json;
using ModuleGen.Core.Common;
using ModuleGen.Core.Json;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Telemetry;

/// <summary>Appends one JSON line per tool call to the workspace's call log (observability first).</summary>
/// <remarks>Lines are appended under a lock with a single write each, so concurrent calls never interleave. Every line
/// goes through the workspace's rooted file operations, like a commit: no link on the way is followed (a logs folder
/// swapped for a link to elsewhere gets nothing), and a log file that is not a regular file with one name (a hard link
/// planted at its path) is not written.</remarks>
public sealed class CallLog
{
    public const int ArgumentPreviewLength = 400;
    public const string FileName = "tool-calls.jsonl";

    private readonly ModuleGenWorkspace? _workspace;
    private readonly string? _path;
    private readonly Lock _gate = new();

    /// <summary>Creates a log that appends to <paramref name="path"/> (relative to the workspace root, already accepted
    /// by its guard).</summary>
    public CallLog(ModuleGenWorkspace workspace, WorkspacePath path)
    {
        _workspace = workspace;
        _path = path.RelativePath;
    }

    private CallLog()
    {
    }

    /// <summary>Gets a log that writes nothing.</summary>
    public static CallLog Disabled { get; } = new();

    public bool Enabled => _path is not null;

    /// <summary>Appends the event; a failing disk never fails the tool call, it returns false instead.</summary>
    public bool Append(CallEvent callEvent)
    {
        if (_workspace is null || _path is null)
        {
            return false;
        }

        var line = JsonSerializer.Serialize(callEvent, JsonDefaults.Context.CallEvent) + "\n";
        var bytes = Encoding.UTF8.GetBytes(line);
        lock (_gate)
        {
            try
            {
                _workspace.Writer.Files.Append(_path, bytes);
                return true;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }
    }

    /// <summary>Shortens serialised arguments for the log.</summary>
    public static string PreviewArguments(string json) => Preview.Of(json, ArgumentPreviewLength);
}
