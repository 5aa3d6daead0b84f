using System.Text.Json;
using System.Text.RegularExpressions;
using ModuleGen.Core.Common;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.DgChecks;

/// <summary>Reads what dg prints: the error a failed <c>dg check defs</c> reports (its last exception line and the
/// deepest traceback frame inside the workspace, outside any virtual environment), and the definitions
/// <c>dg list defs --json</c> lists, counted by kind.</summary>
/// <remarks>Dagster prints a load error as Python does: frames as <c>File "PATH", line N, in NAME</c> (a syntax error's
/// frame without <c>in</c>), then <c>Type: message</c>; a wrapped error repeats this after "The above exception was
/// caused by the following exception", so the last exception line is the root cause.</remarks>
public static partial class DgOutput
{
    /// <summary>The longest piece of program output quoted in a detail.</summary>
    public const int MaxQuoted = 300;

    /// <summary>The kinds <c>dg list defs --json</c> lists, in the order they are reported.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["assets", "asset_checks", "jobs", "resources", "schedules", "sensors"];

    /// <summary>Returns the error's message (quoted, shortened) and where it points.</summary>
    public static (string Message, SourceLocation? Location) Error(string output, ModuleGenWorkspace workspace, WorkspacePath project)
    {
        var lines = Ansi().Replace(output, "").Split('\n');
        SourceLocation? location = null;
        foreach (Match frame in lines.Select(l => Frame().Match(l)).Where(m => m.Success))
        {
            var file = frame.Groups["file"].Value;
            var full = Path.GetFullPath(Path.IsPathFullyQualified(file) ? file : Path.Join(project.FullPath, file));
            var relative = workspace.Guard.IsInsideRoot(full) ? Path.GetRelativePath(workspace.Guard.Root, full).Replace('\\', '/') : null;
            if (relative is not null && !relative.Split('/').Any(s => s is ".venv" or "site-packages" or "venv"))
            {
                location = new SourceLocation(relative, int.Parse(frame.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture), 1);
            }
        }

        var message = lines.Select(l => l.Trim()).LastOrDefault(l => Exception().IsMatch(l))
            ?? lines.Select(l => l.Trim()).LastOrDefault(l => l.Length > 0)
            ?? "(no output)";
        return (Quote(message), location);
    }

    /// <summary>Counts the definitions by kind, or returns null when the output is not what <c>dg list defs --json</c>
    /// prints (an object of lists by kind; older releases printed one list of entries with a <c>type</c>).</summary>
    public static IReadOnlyList<(string Kind, int Count)>? Definitions(string stdout)
    {
        var start = stdout.IndexOfAny(['{', '[']);
        if (start < 0)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(stdout[start..]);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                return Kinds.Select(k => (k, root.TryGetProperty(k, out var list) && list.ValueKind == JsonValueKind.Array ? list.GetArrayLength() : 0)).ToArray();
            }

            if (root.ValueKind == JsonValueKind.Array)
            {
                var types = root.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var t) ? t.GetString() ?? "" : "").ToArray();
                return Kinds.Select(k => (k, types.Count(t => t + "s" == k || t == k))).ToArray();
            }

            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Quotes program output for a message: one line, shortened, in double quotes.</summary>
    public static string Quote(string text) => DoubleQuoted.Of(Preview.Of(text.ReplaceLineEndings(" ").Trim(), MaxQuoted));

    [GeneratedRegex("""^\s*File "(?<file>[^"]+)", line (?<line>\d+)""")]
    private static partial Regex Frame();

    [GeneratedRegex(@"^(?:[A-Za-z_][\w.]*)?(Error|Exception|Exit|Warning|Interrupt)\b(:.*)?$")]
    private static partial Regex Exception();

    [GeneratedRegex(@"\x1b\[[0-9;?]*[A-Za-z]")]
    private static partial Regex Ansi();
}
