using System.Text;

namespace ModuleGen.Core.Verification;

/// <summary>Finds template delimiters ("{{" or "}}") left in a text file by a template that did not render.</summary>
/// <remarks>Binary files (a NUL byte in the first 8 KiB) and files over <see cref="MaxBytes"/> are not scanned.</remarks>
internal static class UnrenderedTokens
{
    public const int MaxBytes = 1024 * 1024;

    private const int BinaryProbe = 8 * 1024;

    /// <summary>Returns the first token's 1-based line and column and how many tokens the file holds; null when none
    /// (or the file is not a scanned text file).</summary>
    public static (int Line, int Column, int Count)? Find(string fullPath)
    {
        if (ReadText(fullPath) is not { } text)
        {
            return null;
        }

        (int, int)? first = null;
        var count = 0;
        var line = 1;
        var column = 1;
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && ((text[i] == '{' && text[i + 1] == '{') || (text[i] == '}' && text[i + 1] == '}')))
            {
                first ??= (line, column);
                count++;
                i++;
                column += 2;
                continue;
            }

            if (text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return first is { } at ? (at.Item1, at.Item2, count) : null;
    }

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

            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return bytes.AsSpan(0, Math.Min(bytes.Length, BinaryProbe)).Contains((byte)0) ? null : Encoding.UTF8.GetString(bytes);
    }
}
