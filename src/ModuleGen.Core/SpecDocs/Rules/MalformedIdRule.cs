using ModuleGen.Core.Audit;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>MG101: an ID-like token breaks the formats REQ-N, REQ-{M}-N, SCEN-{M}-N, TASK-{M}-N, PHASE-{M}-N.</summary>
internal sealed class MalformedIdRule : ISpecRule
{
    public AuditRule Rule { get; } = new("MG101", "Malformed ID", Severity.Error,
        "Tools and people find requirements, scenarios and tasks by their IDs; a malformed ID is invisible to every check and to traceability.",
        "Write the ID as REQ-N (global) or REQ-{PREFIX}-N, SCEN-{PREFIX}-N, TASK-{PREFIX}-N, PHASE-{PREFIX}-N with the module's prefix.");

    public IEnumerable<Finding> Check(SpecGraph graph) =>
        graph.Set.Documents.SelectMany(d => d.Malformed).Select(m => graph.At(Rule, m.File, m.Line, m.Column,
            $"'{m.Text}' is not a valid ID: {m.Reason}.",
            $"Write it as REQ-N, or REQ-{graph.Set.Prefix}-N, SCEN-{graph.Set.Prefix}-N, TASK-{graph.Set.Prefix}-N or PHASE-{graph.Set.Prefix}-N."));
}
