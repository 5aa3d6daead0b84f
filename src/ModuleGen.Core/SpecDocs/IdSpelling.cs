using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs;

/// <summary>Spells IDs the way a module's documents write them: an ID as its definition writes it (else as first
/// cited), and a new ID with the zero-padding the kind's definitions use (<c>PHASE-OAGW-1</c> vs <c>SCEN-OAGW-01</c>).</summary>
/// <remarks>Matching treats <c>-1</c> and <c>-01</c> as one ID; only output needs the spelling, so a reader who searches
/// the documents for a printed ID finds it.</remarks>
internal sealed class IdSpelling
{
    /// <summary>The padding used for a kind no document writes yet.</summary>
    public const int DefaultWidth = 2;

    private readonly string _prefix;
    private readonly Dictionary<SpecId, string> _written = [];
    private readonly Dictionary<IdKind, int> _widths = [];

    public IdSpelling(DocumentSet set)
    {
        _prefix = set.Prefix;
        var definitions = set.Documents.SelectMany(d => d.Definitions).ToArray();
        var references = set.Documents.SelectMany(d => d.References).ToArray();
        foreach (var occurrence in definitions.Concat(references))
        {
            _written.TryAdd(occurrence.Id, occurrence.Text);
        }

        foreach (var kind in Enum.GetValues<IdKind>())
        {
            var defined = definitions.Where(o => o.Id.Kind == kind).ToArray();
            var style = Width(defined.Length > 0 ? defined : references.Where(o => o.Id.Kind == kind).ToArray());
            if (style is { } width)
            {
                _widths[kind] = width;
            }
        }
    }

    /// <summary>Returns how the documents write an ID, or how they would write it when no document does yet.</summary>
    public string Name(SpecId id) => _written.TryGetValue(id, out var text) ? text : id.Format(_prefix, WidthOf(id.Kind));

    /// <summary>Returns the zero-padding width the documents use for a kind (<see cref="DefaultWidth"/> when none is written).</summary>
    public int WidthOf(IdKind kind) => _widths.TryGetValue(kind, out var width) ? width : DefaultWidth;

    /// <summary>Returns whether any document writes an ID of the kind.</summary>
    public bool Writes(IdKind kind) => _widths.ContainsKey(kind);

    /// <summary>Reads the padding style of some occurrences: zero-padded numbers vote for their width, one-digit numbers
    /// for no padding (numbers as wide as the padding say nothing); a tie goes to the first occurrence's style.</summary>
    private static int? Width(IReadOnlyList<IdOccurrence> occurrences)
    {
        if (occurrences.Count == 0)
        {
            return null;
        }

        var digits = occurrences.Select(o => o.Text[(o.Text.LastIndexOf('-') + 1)..]).ToArray();
        var padded = digits.Where(d => d.Length > 1 && d[0] == '0').GroupBy(d => d.Length).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).FirstOrDefault();
        var unpadded = digits.Count(d => d.Length == 1);
        var paddedVotes = padded?.Count() ?? 0;
        if (paddedVotes != unpadded)
        {
            return paddedVotes > unpadded ? padded!.Key : 1;
        }

        var first = digits[0];
        return first.Length > 1 && first[0] == '0' ? first.Length : 1;
    }
}
