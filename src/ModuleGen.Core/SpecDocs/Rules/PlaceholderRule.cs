using ModuleGen.Core.Audit;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>MG118: a template placeholder was left in a document (<c>(REQ-N)</c>, <c>REQ-OAGW-N</c>, <c>SCEN-{MODULE}-01</c>).</summary>
internal sealed class PlaceholderRule : ISpecRule
{
    public AuditRule Rule { get; } = new("MG118", "Template placeholder left in a document", Severity.Error,
        "A placeholder cites nothing: the checks and the trace matrix cannot follow it, and it shows the document was not finished.",
        "Replace the placeholder with the real ID (next_id proposes a new one), or delete it.");

    public IEnumerable<Finding> Check(SpecGraph graph) =>
        graph.Set.Documents.SelectMany(d => d.Placeholders).Select(p => graph.At(Rule, p.File, p.Line, p.Column,
            $"'{p.Text}' is a template placeholder, not an ID.",
            $"Replace '{p.Text}' with the ID it stands for (REQ-N, or REQ-{graph.Set.Prefix}-N, SCEN-{graph.Set.Prefix}-N …), or delete it."));
}
