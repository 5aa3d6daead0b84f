using System.Text;

namespace ModuleGen.Core.SpecDocs.Trace;

/// <summary>Writes the trace matrix as a Mermaid flowchart: REQ → SCEN → TASK, dotted edges to the files citing an
/// ID, and uncovered requirements and scenarios in the <c>uncovered</c> class.</summary>
internal static class TraceMermaidWriter
{
    public static string Write(IReadOnlyList<TraceRequirement> requirements, IReadOnlyList<TraceScenario> scenarios, IReadOnlyList<TraceTask> tasks, TraceUncovered uncovered)
    {
        var text = new StringBuilder("flowchart LR\n");
        var ids = requirements.Select(r => r.Id).Concat(scenarios.Select(s => s.Id)).Concat(tasks.Select(t => t.Id)).Distinct(StringComparer.Ordinal).ToArray();
        foreach (var id in ids)
        {
            text.Append($"  {Node(id)}[\"{id.Replace('"', '\'')}\"]\n");
        }

        var files = requirements.SelectMany(r => r.Code.Concat(r.Tests)).Concat(scenarios.SelectMany(s => s.Code.Concat(s.Tests))).Concat(tasks.SelectMany(t => t.Code.Concat(t.Tests)))
            .Select(l => l.File).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select((file, i) => (file, node: $"F{i + 1}")).ToDictionary(x => x.file, x => x.node, StringComparer.Ordinal);
        foreach (var (file, node) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            text.Append($"  {node}[/\"{file}\"/]\n");
        }

        var edges = new List<string>();
        edges.AddRange(requirements.SelectMany(r => r.Scenarios.Select(s => $"{Node(r.Id)} --> {Node(s)}")));
        edges.AddRange(requirements.SelectMany(r => r.Tasks.Select(t => $"{Node(r.Id)} --> {Node(t)}")));
        edges.AddRange(scenarios.SelectMany(s => s.Tasks.Select(t => $"{Node(s.Id)} --> {Node(t)}")));
        edges.AddRange(requirements.SelectMany(r => FileEdges(r.Id, r.Code.Concat(r.Tests), files)));
        edges.AddRange(scenarios.SelectMany(s => FileEdges(s.Id, s.Code.Concat(s.Tests), files)));
        edges.AddRange(tasks.SelectMany(t => FileEdges(t.Id, t.Code.Concat(t.Tests), files)));
        foreach (var edge in edges.Distinct(StringComparer.Ordinal))
        {
            text.Append("  ").Append(edge).Append('\n');
        }

        var gaps = requirements.Where(r => !r.Covered).Select(r => r.Id).Concat(uncovered.ScenariosWithoutTasks).Distinct(StringComparer.Ordinal).ToArray();
        text.Append("  classDef uncovered fill:#fdd,stroke:#c00,stroke-width:2px\n");
        if (gaps.Length > 0)
        {
            text.Append("  class ").AppendJoin(',', gaps.Select(Node)).Append(" uncovered\n");
        }

        return text.ToString();
    }

    private static IEnumerable<string> FileEdges(string id, IEnumerable<CodeLocation> locations, IReadOnlyDictionary<string, string> files) =>
        locations.Select(l => l.File).Distinct(StringComparer.Ordinal).Select(f => $"{Node(id)} -.-> {files[f]}");

    /// <summary>Makes a Mermaid node name of an ID (<c>REQ_OAGW_01</c>); a task without an ID is named by its heading.</summary>
    private static string Node(string id)
    {
        var name = string.Concat(id.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_'));
        return char.IsAsciiDigit(name[0]) ? "task_" + name : name;
    }
}
