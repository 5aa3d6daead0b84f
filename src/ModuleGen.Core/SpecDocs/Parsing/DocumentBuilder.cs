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
    private readonly List<TextSegment> _segments = [];
    private readonly List<IdOccurrence> _tokens = [];
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
    /// the block's content and placeholders. The list is this builder's own and the next call refills it: a reader
    /// takes what it needs from it (copies, the first token) before it reads the next block.</summary>
    public List<IdOccurrence> Tokens(Block block)
    {
        _tokens.Clear();
        Walk(block, tokenizer is null ? null : _tokens);
        return _tokens;
    }

    /// <summary>Notes a block's first heading line, content and TODO(modulegen) placeholders without tokenizing it.</summary>
    public void Note(Block block) => Walk(block, null);

    /// <summary>Notes a block and, when <paramref name="ids"/> is given, tokenizes it, in one pass over its leaves:
    /// each leaf's text segments are collected once for both.</summary>
    private void Walk(Block block, List<IdOccurrence>? ids)
    {
        if (block is HeadingBlock heading)
        {
            if (_firstHeadingLine == 0)
            {
                _firstHeadingLine = block.Line + 1;
            }

            if (ids is not null && InlineText.HasText(heading))
            {
                InlineText.Segments(heading, _segments);
                Scan(_segments, ids);
            }

            return;
        }

        _hasContent |= block is CodeBlock { Lines.Count: > 0 };
        foreach (var leaf in InlineText.Leaves(block))
        {
            if (!InlineText.HasText(leaf))
            {
                continue;
            }

            InlineText.Segments(leaf, _segments);
            if (leaf is not HeadingBlock)
            {
                NoteContent(_segments);
            }

            if (ids is not null)
            {
                Scan(_segments, ids);
            }
        }
    }

    /// <summary>Records a leaf that starts with the TODO(modulegen) marker as a placeholder, or notes that the document
    /// says something when the leaf has words.</summary>
    private void NoteContent(List<TextSegment> segments)
    {
        var first = segments.FirstOrDefault(s => !s.Span.IsWhiteSpace());
        if (first.Value.Length > 0)
        {
            var text = first.Span;
            var trimmed = text.TrimStart();
            if (trimmed.StartsWith(TodoMarker, StringComparison.Ordinal))
            {
                _placeholders.Add(new Placeholder(TodoMarker, File, first.Line, first.Column + text.Length - trimmed.Length));
                return;
            }
        }

        if (!_hasContent && segments.Any(s => IdTokenizer.HasWords(s.Span)))
        {
            _hasContent = true;
        }
    }

    private void Scan(List<TextSegment> segments, List<IdOccurrence> ids)
    {
        foreach (var segment in segments)
        {
            tokenizer!.Scan(segment, File, ids, _malformed, _placeholders);
        }
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
