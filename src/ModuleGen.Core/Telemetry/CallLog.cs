using System.Text;
using System.Text.Json;
using ModuleGen.Core.Common;
using ModuleGen.Core.Json;

namespace ModuleGen.Core.Telemetry;

/// <summary>Appends one JSON line per tool call to the workspace's call log (observability first).</summary>
/// <remarks>Lines are appended under a lock with a single write each, so concurrent calls never interleave.</remarks>
public sealed class CallLog
{
    public const int ArgumentPreviewLength = 400;
    public const string FileName = "tool-calls.jsonl";

    private readonly string? _path;
    private readonly Lock _gate = new();

    /// <summary>Creates a log that appends to <paramref name="path"/>, or a disabled log when it is null.</summary>
    public CallLog(string? path)
    {
        _path = path;
    }

    public bool Enabled => _path is not null;

    /// <summary>Appends the event; a failing disk never fails the tool call, it returns false instead.</summary>
    public bool Append(CallEvent callEvent)
    {
        if (_path is null)
        {
            return false;
        }

        var line = JsonSerializer.Serialize(callEvent, JsonDefaults.Context.CallEvent) + "\n";
        var bytes = Encoding.UTF8.GetBytes(line);
        lock (_gate)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
                using var stream = new FileStream(_path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
                stream.Write(bytes);
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
