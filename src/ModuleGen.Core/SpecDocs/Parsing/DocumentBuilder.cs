using Markdig.Syntax;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Collects what one document contributes to the ID graph while a parser walks it.</summary>
internal sealed class DocumentBuilder(SpecDocumentKind kind, string file, IdTokenizer tokenizer)
{
    private readonly List<IdOccurrence> _definitions = [];
    private readonly List<IdOccurrence> _references = [];
    private readonly List<MalformedId> _malformed = [];
    private readonly List<PhaseSection> _phases = [];
    private readonly List<Placeholder> _placeholders = [];
    private int _firstHeadingLine;
    private bool _hasContent;

    public string File { get; } = file;

    /// <summary>Returns the well-formed ID occurrences in a block (malformed ones are recorded on the side).</summary>
    public List<IdOccurrence> Tokens(Block block)
    {
        if (block is HeadingBlock && _firstHeadingLine == 0)
        {
            _firstHeadingLine = block.Line + 1;
        }

        var ids = new List<IdOccurrence>();
        var content = !_hasContent && block is not HeadingBlock;
        foreach (var segment in InlineText.Segments(block))
        {
            tokenizer.Scan(segment, File, ids, _malformed, _placeholders);
            if (content && IdTokenizer.HasWords(segment.Text))
            {
                _hasContent = true;
                content = false;
            }
        }

        _hasContent |= content && block is CodeBlock { Lines.Count: > 0 };
        return ids;
    }

    /// <summary>Returns the well-formed ID occurrences in a block without recording anything (for a second look at a part).</summary>
    public List<IdOccurrence> Peek(Block block)
    {
        var ids = new List<IdOccurrence>();
        var ignored = new List<MalformedId>();
        foreach (var segment in InlineText.Segments(block))
        {
            tokenizer.Scan(segment, File, ids, ignored, null);
        }

        return ids;
    }

    public void Define(IdOccurrence id) => _definitions.Add(id);

    public void Reference(IEnumerable<IdOccurrence> ids) => _references.AddRange(ids);

    public void AddPhase(PhaseSection phase) => _phases.Add(phase);

    public SpecDocument Build() =>
        new(kind, File, _definitions.ToArray(), _references.ToArray(), _malformed.ToArray(), _phases.ToArray(), Math.Max(1, _firstHeadingLine))
        {
            Placeholders = _placeholders.ToArray(),
            HasContent = _hasContent,
        };
}
