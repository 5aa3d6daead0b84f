using System.Globalization;
using System.Text;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Telemetry;

/// <summary>Appends log text to the day's file in the workspace's logs folder (<c>modulegen-YYYYMMDD.log</c>, then
/// <c>_001</c>, <c>_002</c> … past the size limit; the newest few kept) through the workspace's rooted file operations,
/// like every other write.</summary>
/// <remarks>A log file opened by path would follow a logs folder swapped for a link, or a hard link planted at the
/// file's name, and write every line (argument text included) outside the workspace. Here each append refuses links on
/// the way, non-regular files and files with a second name (see <see cref="CallLog"/>); a refused or failed write
/// throws an <see cref="IOException"/> for the caller to report.</remarks>
public sealed class RollingLogFile
{
    public const string Prefix = "modulegen-";
    public const long FileSizeLimit = 10 * 1024 * 1024;
    public const int RetainedFiles = 7;

    private static readonly UTF8Encoding s_utf8 = new(false);
    private readonly ModuleGenWorkspace _workspace;
    private readonly string _folder;
    private readonly Lock _gate = new();
    private string? _current;
    private long _size;

    /// <summary>Creates the log in <paramref name="folder"/> (already accepted by the workspace's guard).</summary>
    public RollingLogFile(ModuleGenWorkspace workspace, WorkspacePath folder)
    {
        _workspace = workspace;
        _folder = folder.RelativePath;
    }

    /// <summary>Appends one event's text to the file of its day.</summary>
    /// <exception cref="IOException">Thrown when the file cannot be written or is refused.</exception>
    public void Append(DateTimeOffset timestamp, string text)
    {
        var bytes = s_utf8.GetBytes(text);
        var files = _workspace.Writer.Files;
        lock (_gate)
        {
            var day = timestamp.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            if (_current is null || !_current.Contains(day, StringComparison.Ordinal) || _size + bytes.Length > FileSizeLimit)
            {
                Roll(files, day, bytes.Length);
            }

            files.Append(_current!, bytes);
            _size += bytes.Length;
        }
    }

    /// <summary>Picks the day's first file with room for the next text, and removes the oldest files past the limit.</summary>
    private void Roll(RootedFiles files, string day, int next)
    {
        for (var sequence = 0; ; sequence++)
        {
            var name = sequence == 0 ? $"{Prefix}{day}.log" : $"{Prefix}{day}_{sequence.ToString("000", CultureInfo.InvariantCulture)}.log";
            var facts = files.Stat($"{_folder}/{name}");
            if (facts.Kind == EntryKind.Missing || facts.Size + next <= FileSizeLimit || sequence == 999)
            {
                (_current, _size) = ($"{_folder}/{name}", facts.Size);
                break;
            }
        }

        // The current file counts as one of the kept: the names sort oldest first (day, then sequence).
        var others = files.ListNames(_folder)
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".log", StringComparison.Ordinal) && $"{_folder}/{n}" != _current)
            .ToArray();
        foreach (var old in others.Take(Math.Max(0, others.Length - (RetainedFiles - 1))))
        {
            files.Delete($"{_folder}/{old}");
        }
    }
}
