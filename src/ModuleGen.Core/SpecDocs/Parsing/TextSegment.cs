namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Is a run of inline text with the 1-based line and column where it starts.</summary>
/// <remarks>The text is a slice of the document, not a copy: a large set has millions of segments, and most are only
/// searched for an ID.</remarks>
internal readonly record struct TextSegment(ReadOnlyMemory<char> Value, int Line, int Column)
{
    public TextSegment(string text, int line, int column)
        : this(text.AsMemory(), line, column)
    {
    }

    public ReadOnlySpan<char> Span => Value.Span;

    /// <summary>Gets the text as a string (a copy).</summary>
    public string Text => Value.ToString();
}
