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
    private int _firstHeadingLine;

    public string File { get; } = file;

    /// <summary>Returns the well-formed ID occurrences in a block (malformed ones are recorded on the side).</summary>
    public List<IdOccurrence> Tokens(Block block)
    {
        if (block is HeadingBlock && _firstHeadingLine == 0)
        {
            _firstHeadingLine = block.Line + 1;
        }

        var ids = new List<IdOccurrence>();
        foreach (var segment in InlineText.Segments(block))
        {
            tokenizer.Scan(segment, File, ids, _malformed);
        }

        return ids;
    }

    /// <summary>Returns the well-formed ID occurrences in a block without recording anything (for a second look at a part).</summary>
    public List<IdOccurrence> Peek(Block block)
    {
        var ids = new List<IdOccurrence>();
        var ignored = new List<MalformedId>();
        foreach (var segment in InlineText.Segments(block))
        {
            tokenizer.Scan(segment, File, ids, ignored);
        }

        return ids;
    }

    public void Define(IdOccurrence id) => _definitions.Add(id);

    public void Reference(IEnumerable<IdOccurrence> ids) => _references.AddRange(ids);

    public void AddPhase(PhaseSection phase) => _phases.Add(phase);

    public SpecDocument Build() =>
        new(kind, File, _definitions.ToArray(), _references.ToArray(), _malformed.ToArray(), _phases.ToArray(), Math.Max(1, _firstHeadingLine));
}
