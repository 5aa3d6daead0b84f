using ModuleGen.Core.Audit;
using ModuleGen.Core.SpecDocs.Formats;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>MG114 (info): the numbers of a kind the format numbers in sequence skip values, or are defined out of
/// order: requirements, scenarios, tasks and phases of the pipeline; spec-kit stories, FR, SC and T; Kiro requirements,
/// the criteria of each requirement, and tasks. Letter-suffixed inserts (<c>T010f</c>) are left alone.</summary>
internal sealed class IdGapRule : ISpecRule
{
    public AuditRule Rule { get; } = new("MG114", "Gap in ID numbering", Severity.Info,
        "A gap often means a deleted or renumbered item whose references may still exist elsewhere; numbers out of order make items hard to find.",
        "Nothing to fix if the gap is deliberate (IDs are never reused); otherwise check for lost items.");

    public IEnumerable<Finding> Check(SpecGraph graph)
    {
        var set = graph.Set;
        var numbered = graph.Format.Numbered;
        var definitions = set.Requirements.Select(r => r.Id)
            .Concat(set.Scenarios.Select(s => s.Id))
            .Concat(set.Tasks.Where(t => t.HasId).Select(t => t.Id))
            .Where(o => numbered.Contains(o.Id.Kind) && o.Id.Name is null && !(o.Id.Kind != IdKind.Criterion && o.Id.Minor > 0));
        var groups = definitions.GroupBy(o => (o.Id.Kind, Series: o.Id.Kind == IdKind.Criterion ? o.Id.Number : 0))
            .Select(g => (Key: g.Key, Items: g.Select(o => (Number: o.Id.Kind == IdKind.Criterion ? o.Id.Minor : o.Id.Number, o.File, o.Line, Text: o.Text, o.Id)).ToArray()))
            .ToList();
        if (numbered.Contains(IdKind.Phase))
        {
            groups.Add(((IdKind.Phase, 0), set.DesignPhases.Select(p => (p.Number, p.File, p.Line, Text: graph.Name(IdKind.Phase, p.Number), new SpecId(IdKind.Phase, p.Number))).ToArray()));
        }

        foreach (var (key, items) in groups.OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Series))
        {
            foreach (var finding in Gaps(graph, key.Kind, key.Series, items).Concat(Order(graph, items)))
            {
                yield return finding;
            }
        }
    }

    private IEnumerable<Finding> Gaps(SpecGraph graph, IdKind kind, int series, IReadOnlyList<(int Number, string File, int Line, string Text, SpecId Id)> items)
    {
        var firsts = items.GroupBy(d => d.Number).Select(g => g.First()).OrderBy(d => d.Number).ToArray();
        for (var i = 1; i < firsts.Length; i++)
        {
            var (low, high) = (firsts[i - 1].Number, firsts[i].Number);
            if (high > low + 1)
            {
                string Name(int n) => graph.Format == SpecFormat.ModulePipeline ? graph.Name(kind, n) : graph.Format.Label(kind, Spell(graph, kind, series, n, firsts[i].Text));
                var missing = high == low + 2 ? Name(low + 1) : $"{Name(low + 1)} to {Name(high - 1)}";
                yield return graph.At(Rule, firsts[i].File, firsts[i].Line, null,
                    $"{SpecFormat.Capital(Name(high))} follows {Name(low)}; {missing} {(high == low + 2 ? "is" : "are")} not defined.",
                    "Leave the gap if the IDs were retired on purpose; otherwise look for the lost items and their references.");
            }
        }
    }

    /// <summary>Reports the definitions that break a file's ascending order: those outside its longest ascending run
    /// (so one moved item is one finding, not one per item after it).</summary>
    private IEnumerable<Finding> Order(SpecGraph graph, IReadOnlyList<(int Number, string File, int Line, string Text, SpecId Id)> items)
    {
        foreach (var file in items.GroupBy(i => i.File))
        {
            var sequence = file.GroupBy(i => i.Number).Select(g => g.First()).OrderBy(i => i.Line).ToArray();
            var kept = Ascending(sequence.Select(i => i.Number).ToArray());
            for (var k = 0; k < sequence.Length; k++)
            {
                if (kept.Contains(k))
                {
                    continue;
                }

                var item = sequence[k];
                var where = k == 0 ? $"before {Label(graph, sequence[1])}" : k == sequence.Length - 1 ? $"after {Label(graph, sequence[k - 1])}" : $"between {Label(graph, sequence[k - 1])} and {Label(graph, sequence[k + 1])}";
                yield return graph.At(Rule, item.File, item.Line, null,
                    $"{SpecFormat.Capital(Label(graph, item))} is out of order: it is defined {where}.",
                    "Move the item to its place in the sequence (or renumber it with next_id if it is new).");
            }
        }
    }

    private static string Label(SpecGraph graph, (int Number, string File, int Line, string Text, SpecId Id) item) => graph.Format.Label(item.Id.Kind, item.Text);

    /// <summary>Returns the indexes of a longest strictly ascending subsequence (patience sorting, O(n log n)).</summary>
    private static HashSet<int> Ascending(int[] numbers)
    {
        var tails = new List<int>();
        var previous = new int[numbers.Length];
        for (var i = 0; i < numbers.Length; i++)
        {
            int lo = 0, hi = tails.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (numbers[tails[mid]] < numbers[i])
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            previous[i] = lo > 0 ? tails[lo - 1] : -1;
            if (lo == tails.Count)
            {
                tails.Add(i);
            }
            else
            {
                tails[lo] = i;
            }
        }

        var kept = new HashSet<int>();
        for (var i = tails.Count > 0 ? tails[^1] : -1; i >= 0; i = previous[i])
        {
            kept.Add(i);
        }

        return kept;
    }

    /// <summary>Spells a number in the written style of a sibling (FR-001 → FR-004, 1.2 → 1.4).</summary>
    private static string Spell(SpecGraph graph, IdKind kind, int series, int n, string sibling)
    {
        var digits = sibling.Reverse().TakeWhile(char.IsAsciiDigit).Count();
        var head = sibling[..^digits];
        return kind == IdKind.Criterion ? $"{series}.{n}" : head + n.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }
}
