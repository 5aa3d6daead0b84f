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
        foreach (var series in AllSeries(graph))
        {
            // Almost every series is written n, n+1, n+2 … in one file from top to bottom: it has neither gap nor
            // disorder, and is passed over without the sorting that finds and explains those.
            if (InSequence(series.Items))
            {
                continue;
            }

            foreach (var finding in Gaps(graph, series).Concat(Order(graph, series.Items)))
            {
                yield return finding;
            }
        }
    }

    /// <summary>Collects the numbered definitions by series, ordered by kind: one series per kind, and for criteria one
    /// per requirement (the criteria of requirement 1 are numbered 1.1, 1.2 …).</summary>
    private static IEnumerable<Series> AllSeries(SpecGraph graph)
    {
        var numbered = graph.Format.Numbered;
        var byKey = new Dictionary<(IdKind Kind, int Parent), List<Item>>();
        foreach (var requirement in graph.Set.Requirements)
        {
            Add(requirement.Id);
        }

        foreach (var scenario in graph.Set.Scenarios)
        {
            Add(scenario.Id);
        }

        foreach (var task in graph.Set.Tasks)
        {
            if (task.HasId)
            {
                Add(task.Id);
            }
        }

        var all = byKey.Select(s => new Series(s.Key.Kind, s.Key.Parent, s.Value)).ToList();
        if (numbered.Contains(IdKind.Phase))
        {
            all.Add(new Series(IdKind.Phase, 0, graph.Set.DesignPhases.Select(p => new Item(p.Number, p.File, p.Line, IdKind.Phase, null)).ToList()));
        }

        return all.OrderBy(s => s.Kind).ThenBy(s => s.Parent);

        void Add(IdOccurrence definition)
        {
            var id = definition.Id;
            if (!numbered.Contains(id.Kind) || id.Name is not null || (id.Kind != IdKind.Criterion && id.Minor > 0))
            {
                return;
            }

            var criterion = id.Kind == IdKind.Criterion;
            var key = (id.Kind, criterion ? id.Number : 0);
            if (!byKey.TryGetValue(key, out var items))
            {
                byKey[key] = items = [];
            }

            items.Add(new Item(criterion ? id.Minor : id.Number, definition.File, definition.Line, id.Kind, definition.Text));
        }
    }

    /// <summary>Tells whether a series counts up by one from definition to definition, in one file, top to bottom.</summary>
    private static bool InSequence(List<Item> items)
    {
        for (var i = 1; i < items.Count; i++)
        {
            var (previous, current) = (items[i - 1], items[i]);
            if (current.Number != previous.Number + 1 || current.Line < previous.Line || current.File != previous.File)
            {
                return false;
            }
        }

        return true;
    }

    private IEnumerable<Finding> Gaps(SpecGraph graph, Series series)
    {
        var (kind, parent) = (series.Kind, series.Parent);
        var firsts = FirstOfEachNumber(series.Items);
        firsts.Sort((a, b) => a.Number.CompareTo(b.Number));
        for (var i = 1; i < firsts.Count; i++)
        {
            var (low, high) = (firsts[i - 1].Number, firsts[i].Number);
            if (high > low + 1)
            {
                var sibling = Written(graph, firsts[i]);
                string Name(int n) => graph.Format == SpecFormat.ModulePipeline ? graph.Name(kind, n) : graph.Format.Label(kind, Spell(kind, parent, n, sibling));
                var missing = high == low + 2 ? Name(low + 1) : $"{Name(low + 1)} to {Name(high - 1)}";
                yield return graph.At(Rule, firsts[i].File, firsts[i].Line, null,
                    $"{SpecFormat.Capital(Name(high))} follows {Name(low)}; {missing} {(high == low + 2 ? "is" : "are")} not defined.",
                    "Leave the gap if the IDs were retired on purpose; otherwise look for the lost items and their references.");
            }
        }
    }

    /// <summary>Reports the definitions that break a file's ascending order: those outside its longest ascending run
    /// (so one moved item is one finding, not one per item after it).</summary>
    private IEnumerable<Finding> Order(SpecGraph graph, List<Item> items)
    {
        foreach (var file in items.Select(i => i.File).Distinct())
        {
            var sequence = FirstOfEachNumber(items.Where(i => i.File == file)).OrderBy(i => i.Line).ToArray();
            var kept = Ascending(sequence.Select(i => i.Number).ToArray());
            for (var k = 0; k < sequence.Length; k++)
            {
                if (kept[k])
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

    /// <summary>Keeps the first definition of each number, in definition order (a number defined twice is MG102's finding).</summary>
    private static List<Item> FirstOfEachNumber(IEnumerable<Item> items)
    {
        var seen = new HashSet<int>();
        var firsts = new List<Item>();
        foreach (var item in items)
        {
            if (seen.Add(item.Number))
            {
                firsts.Add(item);
            }
        }

        return firsts;
    }

    /// <summary>Returns how the documents write an item: a definition as written, a design phase as the documents spell it.</summary>
    private static string Written(SpecGraph graph, Item item) => item.Written ?? graph.Name(item.Kind, item.Number);

    private static string Label(SpecGraph graph, Item item) => graph.Format.Label(item.Kind, Written(graph, item));

    /// <summary>Marks the members of a longest strictly ascending subsequence (patience sorting, O(n log n)).</summary>
    private static bool[] Ascending(int[] numbers)
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

        var kept = new bool[numbers.Length];
        for (var i = tails.Count > 0 ? tails[^1] : -1; i >= 0; i = previous[i])
        {
            kept[i] = true;
        }

        return kept;
    }

    /// <summary>Spells a number in the written style of a sibling (FR-001 → FR-004, 1.2 → 1.4).</summary>
    private static string Spell(IdKind kind, int parent, int n, string sibling)
    {
        var digits = sibling.Reverse().TakeWhile(char.IsAsciiDigit).Count();
        var head = sibling[..^digits];
        return kind == IdKind.Criterion ? $"{parent}.{n}" : head + n.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    /// <summary>One definition of a series: its number there (a criterion's M of N.M), where it is and how it is
    /// written; null for a design phase, spelled only if a finding names it.</summary>
    private readonly record struct Item(int Number, string File, int Line, IdKind Kind, string? Written);

    /// <summary>The definitions numbered in one sequence: a kind's, or the criteria of requirement <paramref name="Parent"/>.</summary>
    private sealed record Series(IdKind Kind, int Parent, List<Item> Items);
}
