using Markdig.Syntax;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Collects what one document contributes to the model while a reader walks it: definitions, citations,
/// malformed IDs, phase headings, placeholders, and whether the document says anything at all.</summary>
/// <remarks>A paragraph that starts with <c>TODO(modulegen)</c> is a placeholder a template left (the intent-docs
/// skeletons are written that way): it is reported as one and does not count as content, so a document holding only
/// the pack's text is not "present" for any gate. Without a tokenizer (formats that do not write pipeline IDs) only
/// content, headings and placeholders are tracked.</remarks>
internal sealed class DocumentBuilder(SpecDocumentKind kind, string file, IdTokenizer? tokenizer)
{
    /// <summary>The marker a template writes where the author has work left.</summary>
    public const string TodoMarker = "TODO(modulegen)";

    private readonly List<IdOccurrence> _definitions = [];
    private readonly List<IdOccurrence> _references = [];
    private readonly List<MalformedId> _malformed = [];
    private readonly List<PhaseSection> _phases = [];
    private readonly List<Placeholder> _placeholders = [];
    private int _firstHeadingLine;
    private bool _hasContent;

    public string File { get; } = file;

    public SpecDocumentKind Kind { get; } = kind;

    /// <summary>Gets or sets whether the document says something; a reader may decide it (a CHANGELOG says something
    /// only once it has an entry).</summary>
    public bool HasContent
    {
        get => _hasContent;
        set => _hasContent = value;
    }

    /// <summary>Returns the well-formed ID occurrences in a block (malformed ones are recorded on the side), and notes
    /// the block's content and placeholders.</summary>
    public List<IdOccurrence> Tokens(Block block)
    {
        Note(block);
        var ids = new List<IdOccurrence>();
        if (tokenizer is not null)
        {
            foreach (var segment in InlineText.Segments(block))
            {
                tokenizer.Scan(segment, File, ids, _malformed, _placeholders);
            }
        }

        return ids;
    }

    /// <summary>Notes a block's first heading line, content and TODO(modulegen) placeholders without tokenizing it.</summary>
    public void Note(Block block)
    {
        if (block is HeadingBlock && _firstHeadingLine == 0)
        {
            _firstHeadingLine = block.Line + 1;
        }

        if (block is HeadingBlock)
        {
            return;
        }

        _hasContent |= block is CodeBlock { Lines.Count: > 0 };
        foreach (var leaf in InlineText.Leaves(block))
        {
            if (leaf is HeadingBlock)
            {
                continue;
            }

            var segments = leaf.Inline is null ? [] : InlineText.Segments(leaf.Inline);
            var first = segments.FirstOrDefault(s => !string.IsNullOrWhiteSpace(s.Text));
            if (first.Text is { } text && text.TrimStart().StartsWith(TodoMarker, StringComparison.Ordinal))
            {
                _placeholders.Add(new Placeholder(TodoMarker, File, first.Line, first.Column + text.Length - text.TrimStart().Length));
                continue;
            }

            if (!_hasContent && segments.Any(s => IdTokenizer.HasWords(s.Text)))
            {
                _hasContent = true;
            }
        }
    }

    /// <summary>Returns the well-formed ID occurrences in a block without recording anything (for a second look at a part).</summary>
    public List<IdOccurrence> Peek(Block block)
    {
        var ids = new List<IdOccurrence>();
        if (tokenizer is null)
        {
            return ids;
        }

        var ignored = new List<MalformedId>();
        foreach (var segment in InlineText.Segments(block))
        {
            tokenizer.Scan(segment, File, ids, ignored, null);
        }

        return ids;
    }

    public void Define(IdOccurrence id) => _definitions.Add(id);

    public void Reference(IEnumerable<IdOccurrence> ids) => _references.AddRange(ids);

    public void Reference(IdOccurrence id) => _references.Add(id);

    public void AddPhase(PhaseSection phase) => _phases.Add(phase);

    public SpecDocument Build() =>
        new(Kind, File, _definitions.ToArray(), _references.ToArray(), _malformed.ToArray(), _phases.ToArray(), Math.Max(1, _firstHeadingLine))
        {
            Placeholders = _placeholders.ToArray(),
            HasContent = _hasContent,
        };
}
