using System.Text;
using System.Text.RegularExpressions;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Verification;

/// <summary>Finds template syntax a pack left unrendered in a file it generated: a Scriban tag, <c>{{</c> followed by a
/// name or keyword and closed by <c>}}</c> on the same line (<c>{{ snake module }}</c>, <c>{{~ if addons.mysql ~}}</c>).</summary>
/// <remarks>Braces that are not such a tag are not template syntax: a Python dict literal ending in <c>}}}}</c> or a
/// JSON example with nested objects is left alone (and verify_files scans only the files a pack rendered, never code
/// the agent wrote). Binary files (a NUL byte in the first 8 KiB) and files over <see cref="MaxBytes"/> are not
/// scanned.</remarks>
internal static partial class UnrenderedTokens
{
    public const int MaxBytes = 1024 * 1024;

    private const int BinaryProbe = 8 * 1024;

    /// <summary>Returns the first tag's 1-based line and column and how many tags the file holds; null when none (or
    /// the file is not a scanned text file).</summary>
    public static (int Line, int Column, int Count)? Find(string fullPath) => ReadText(fullPath) is { } text ? FindIn(text) : null;

    /// <summary>Finds the tags in a text (see <see cref="Find"/>).</summary>
    public static (int Line, int Column, int Count)? FindIn(string text)
    {
        (int, int)? first = null;
        var count = 0;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match tag in Tag().Matches(lines[i]))
            {
                first ??= (i + 1, tag.Index + 1);
                count++;
            }
        }

        return first is { } at ? (at.Item1, at.Item2, count) : null;
    }

    // "{{", optional whitespace control, a name or keyword, then anything but braces up to "}}" on the same line.
    [GeneratedRegex(@"\{\{[-~]?\s*[A-Za-z_][^{}\r\n]*\}\}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tag();

    /// <summary>Reads a scanned text file as UTF-8; null for a binary file, a file over <see cref="MaxBytes"/> or one
    /// that cannot be read.</summary>
    public static string? ReadText(string fullPath)
    {
        byte[] bytes;
        try
        {
            if (new FileInfo(fullPath).Length > MaxBytes)
            {
                return null;
            }

            bytes = RegularFile.ReadAllBytes(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return bytes.AsSpan(0, Math.Min(bytes.Length, BinaryProbe)).Contains((byte)0) ? null : Encoding.UTF8.GetString(bytes);
    }
}
