namespace ModuleGen.Core.Verification;

/// <summary>Names and finds the marker ModuleGen leaves wherever the agent still has to write: every placeholder of a
/// contract or spec skeleton, and every stub a template pack leaves for the agent to implement.</summary>
/// <remarks>One marker for both, so one search finds all unfinished work: <c>verify_files</c> fails a brick whose
/// contract or spec still holds it, and the audit reports it (MG015 in documents, MG016 in generated code).</remarks>
public static class FillInMarker
{
    /// <summary>The marker text; a line that holds it is unfinished.</summary>
    public const string Text = "TODO(modulegen)";

    /// <summary>Returns the first marker's 1-based line and column and how many lines hold it; null when none (or the
    /// file is not a scanned text file).</summary>
    public static (int Line, int Column, int Count)? Find(string fullPath) =>
        UnrenderedTokens.ReadText(fullPath) is { } text ? FindIn(text) : null;

    /// <summary>Finds the marker in a text (see <see cref="Find"/>).</summary>
    public static (int Line, int Column, int Count)? FindIn(string text)
    {
        (int, int)? first = null;
        var count = 0;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf(Text, StringComparison.Ordinal);
            if (column >= 0)
            {
                first ??= (i + 1, column + 1);
                count++;
            }
        }

        return first is { } at ? (at.Item1, at.Item2, count) : null;
    }
}
