using System.Text;

namespace ModuleGen.Core.SpecDocs.Trace;

/// <summary>Writes the trace matrix as a Markdown table: one row per requirement → scenario pair (and one for the tasks
/// citing a requirement directly), then scenarios that cite no defined requirement and tasks not shown yet (with what
/// they cite that is not defined): every scenario and task appears, as in the JSON. Gaps are marked in bold.</summary>
internal static class TraceMarkdownWriter
{
    public static string Write(IReadOnlyList<TraceRequirement> requirements, IReadOnlyList<TraceScenario> scenarios, IReadOnlyList<TraceTask> tasks)
    {
        var byId = scenarios.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var taskById = tasks.GroupBy(t => t.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var text = new StringBuilder("| Requirement | Scenario | Tasks | Code | Tests |\n| --- | --- | --- | --- | --- |\n");
        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in requirements)
        {
            if (r.Scenarios.Count == 0 && r.Tasks.Count == 0)
            {
                Row(text, r.Id, "**uncovered**", "", Locations(r.Code, ""), Locations(r.Tests, ""));
            }
            else if (r.Tasks.Except(r.Scenarios.Where(byId.ContainsKey).SelectMany(s => byId[s].Tasks), StringComparer.Ordinal).ToArray() is { Length: > 0 } direct)
            {
                // Tasks that cite the requirement directly, and not already through one of its scenarios.
                shown.UnionWith(direct);
                Row(text, r.Id, r.Scenarios.Count == 0 ? "**no scenario**" : "— (direct)", string.Join(", ", direct.Select(id => taskById.TryGetValue(id, out var t) ? Mark(t) : id)),
                    r.Scenarios.Count == 0 ? Locations(r.Code, "") : "", r.Scenarios.Count == 0 ? Locations(r.Tests, "") : "");
            }

            foreach (var s in r.Scenarios.Where(byId.ContainsKey).Select(id => byId[id]))
            {
                shown.UnionWith(s.Tasks);
                Row(text, r.Id, s.Id, TaskList(s, taskById), Locations(s.Code, ""), Locations(s.Tests, "**no test**"));
            }
        }

        // Every scenario gets a row: one citing no defined requirement is listed with what it cites.
        var defined = requirements.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var s in scenarios.Where(s => !s.Requirements.Any(defined.Contains)))
        {
            shown.UnionWith(s.Tasks);
            Row(text, s.Requirements.Count == 0 ? "—" : $"**undefined: {string.Join(", ", s.Requirements)}**", s.Id, TaskList(s, taskById), Locations(s.Code, ""), Locations(s.Tests, "**no test**"));
        }

        // Every task gets a row: one citing only IDs that are not defined is listed with what it cites, marked.
        foreach (var t in tasks.Where(t => !shown.Contains(t.Id)))
        {
            var cited = t.Scenarios.Concat(t.Requirements).Where(id => !byId.ContainsKey(id) && !defined.Contains(id)).ToArray();
            Row(text, "—", cited.Length == 0 ? "—" : $"**undefined: {string.Join(", ", cited)}**", Mark(t), Locations(t.Code, ""), Locations(t.Tests, ""));
        }

        return text.ToString();
    }

    private static string TaskList(TraceScenario s, IReadOnlyDictionary<string, TraceTask> tasks) =>
        s.Tasks.Count == 0 ? "**no task**" : string.Join(", ", s.Tasks.Select(id => tasks.TryGetValue(id, out var t) ? Mark(t) : id));

    private static string Mark(TraceTask t) => $"{t.Id} {(t.Done ? "[x]" : "[ ]")}";

    private static string Locations(IReadOnlyList<CodeLocation> locations, string none) =>
        locations.Count == 0 ? none : string.Join(", ", locations.Select(l => $"`{l.File}:{l.Line}`"));

    private static void Row(StringBuilder text, params string[] cells) =>
        text.Append("| ").AppendJoin(" | ", cells.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))).Append(" |\n");
}
