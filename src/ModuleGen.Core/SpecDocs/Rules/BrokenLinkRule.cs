using ModuleGen.Core.Audit;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>MG122: a relative link between the documents points at a file that does not exist (or outside the workspace).</summary>
internal sealed class BrokenLinkRule : ISpecRule
{
    public AuditRule Rule { get; } = new("MG122", "Broken link between documents", Severity.Warning,
        "A reader who follows the link lands nowhere; documents that were moved or renamed leave such links behind.",
        "Correct the path (it is relative to the linking document's folder), or remove the link.");

    public IEnumerable<Finding> Check(SpecGraph graph) =>
        graph.Set.Links.Where(l => l.Exists == false).Select(l => graph.At(Rule, l.File, l.Line, l.Column,
            l.Resolved is null
                ? $"The link '{l.Target}' climbs out of the workspace."
                : $"The link '{l.Target}' points at {l.Resolved}, which does not exist.",
            "Correct the path (it is relative to this document's folder), or remove the link."));
}
