using ModuleGen.Core.Audit;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>MG118: a template placeholder was left in a document: an ID placeholder (<c>(REQ-N)</c>, <c>REQ-OAGW-N</c>,
/// <c>SCEN-{MODULE}-01</c>), or a <c>TODO(modulegen)</c> paragraph of a skeleton the author has not replaced yet.</summary>
internal sealed class PlaceholderRule : ISpecRule
{
    public AuditRule Rule { get; } = new("MG118", "Template placeholder left in a document", Severity.Error,
        "A placeholder cites nothing: the checks and the trace matrix cannot follow it, and it shows the document was not finished.",
        "Replace the placeholder with the real ID (next_id proposes a new one), or delete it.");

    public IEnumerable<Finding> Check(SpecGraph graph) =>
        graph.Set.Documents.SelectMany(d => d.Placeholders).Select(p => p.Text == Parsing.DocumentBuilder.TodoMarker
            ? graph.At(Rule, p.File, p.Line, p.Column,
                $"A {p.Text} placeholder is left: this part of the document still holds the template's text.",
                $"Write this part (the placeholder says what belongs here), then delete the {p.Text} line.")
            : graph.At(Rule, p.File, p.Line, p.Column,
                $"'{p.Text}' is a template placeholder, not an ID.",
                $"Replace '{p.Text}' with the ID it stands for (REQ-N, or REQ-{graph.Set.Prefix}-N, SCEN-{graph.Set.Prefix}-N …), or delete it."));
}
