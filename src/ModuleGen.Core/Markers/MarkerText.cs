namespace ModuleGen.Core.Markers;

/// <summary>Splits a text into lines that remember their own terminator ("\n", "\r\n", or "" for a last line without
/// one), so marker blocks can be inserted and removed again without changing a single byte around them.</summary>
internal sealed class MarkerText
{
    private MarkerText(List<string> lines, List<string> terminators)
    {
        Lines = lines;
        Terminators = terminators;
    }

    /// <summary>Gets each line's text without its terminator.</summary>
    public List<string> Lines { get; }

    /// <summary>Gets each line's terminator; only the last may be "".</summary>
    public List<string> Terminators { get; }

    /// <summary>Gets the terminator new lines use: "\r\n" when the text already uses it, else "\n".</summary>
    public string NewLine => Terminators.Contains("\r\n") ? "\r\n" : "\n";

    public int Count => Lines.Count;

    public static MarkerText Parse(string text)
    {
        var lines = new List<string>();
        var terminators = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                lines.Add(text[start..]);
                terminators.Add("");
                break;
            }

            var crlf = end > start && text[end - 1] == '\r';
            lines.Add(text[start..(crlf ? end - 1 : end)]);
            terminators.Add(crlf ? "\r\n" : "\n");
            start = end + 1;
        }

        return new MarkerText(lines, terminators);
    }

    /// <summary>Returns the text between two line indices (exclusive), with line endings normalised to "\n".</summary>
    public string Between(int afterIndex, int beforeIndex) =>
        string.Concat(Enumerable.Range(afterIndex + 1, Math.Max(0, beforeIndex - afterIndex - 1)).Select(i => Lines[i] + "\n"));

    public override string ToString() => string.Concat(Lines.Select((l, i) => l + Terminators[i]));
}
