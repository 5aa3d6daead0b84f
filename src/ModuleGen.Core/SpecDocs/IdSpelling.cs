using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs;

/// <summary>Spells IDs the way a module's documents write them: an ID as its definition writes it (else as first
/// cited), and a new ID with the zero-padding the kind's definitions use (<c>PHASE-OAGW-1</c> vs <c>SCEN-OAGW-01</c>).</summary>
/// <remarks>Matching treats <c>-1</c> and <c>-01</c> as one ID; only output needs the spelling, so a reader who searches
/// the documents for a printed ID finds it. Both answers are worked out on first use (the spellings once, a kind's
/// width once per kind): the rules ask only when they word a finding, and a clean set of thousands of requirements
/// should not pay for a pass over every occurrence it never prints.</remarks>
internal sealed class IdSpelling(DocumentSet set)
{
    /// <summary>The padding used for a kind no document writes yet.</summary>
    public const int DefaultWidth = 2;

    private readonly Dictionary<IdKind, int?> _widths = [];
    private Dictionary<SpecId, string>? _written;

    /// <summary>Returns how the documents write an ID, or how they would write it when no document does yet.</summary>
    public string Name(SpecId id) => Written().TryGetValue(id, out var text) ? text : id.Format(set.Prefix, WidthOf(id.Kind));

    /// <summary>Returns the zero-padding width the documents use for a kind (<see cref="DefaultWidth"/> when none is written).</summary>
    public int WidthOf(IdKind kind) => Style(kind) ?? DefaultWidth;

    /// <summary>Returns each ID's first spelling: definitions before citations, documents in workflow order.</summary>
    private Dictionary<SpecId, string> Written()
    {
        if (_written is null)
        {
            _written = new Dictionary<SpecId, string>(set.Documents.Sum(d => d.Definitions.Count));
            foreach (var document in set.Documents)
            {
                foreach (var occurrence in document.Definitions)
                {
                    _written.TryAdd(occurrence.Id, occurrence.Text);
                }
            }

            foreach (var document in set.Documents)
            {
                foreach (var occurrence in document.References)
                {
                    _written.TryAdd(occurrence.Id, occurrence.Text);
                }
            }
        }

        return _written;
    }

    /// <summary>Returns a kind's padding as its definitions write it, else as its citations do; null when nothing writes it.</summary>
    private int? Style(IdKind kind)
    {
        if (!_widths.TryGetValue(kind, out var width))
        {
            width = Width(set.Documents.Select(d => d.Definitions), kind) ?? Width(set.Documents.Select(d => d.References), kind);
            _widths[kind] = width;
        }

        return width;
    }

    /// <summary>Reads the padding style of the occurrences of a kind: zero-padded numbers vote for their width (the
    /// most common width wins, the wider on a tie), one-digit numbers for no padding (numbers as wide as the padding say
    /// nothing); a tie goes to the first occurrence's style. Null when there is no occurrence of the kind.</summary>
    private static int? Width(IEnumerable<IReadOnlyList<IdOccurrence>> occurrences, IdKind kind)
    {
        int? first = null;
        var unpadded = 0;
        var paddedByWidth = new Dictionary<int, int>();
        foreach (var list in occurrences)
        {
            foreach (var occurrence in list)
            {
                if (occurrence.Id.Kind != kind)
                {
                    continue;
                }

                // The digits are what follows the last dash, read in place: no substring per occurrence.
                var digits = occurrence.Text.AsSpan(occurrence.Text.LastIndexOf('-') + 1);
                var padded = digits.Length > 1 && digits[0] == '0';
                first ??= padded ? digits.Length : 1;
                if (padded)
                {
                    paddedByWidth[digits.Length] = paddedByWidth.GetValueOrDefault(digits.Length) + 1;
                }
                else if (digits.Length == 1)
                {
                    unpadded++;
                }
            }
        }

        if (first is null)
        {
            return null;
        }

        var (paddedWidth, paddedVotes) = (0, 0);
        foreach (var (width, votes) in paddedByWidth)
        {
            if (votes > paddedVotes || (votes == paddedVotes && width > paddedWidth))
            {
                (paddedWidth, paddedVotes) = (width, votes);
            }
        }

        return paddedVotes == unpadded ? first : paddedVotes > unpadded ? paddedWidth : 1;
    }
}
