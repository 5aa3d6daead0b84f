using ModuleGen.Core.Audit;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>MG103: a document cites a kind of ID that the pipeline's cross-reference table does not allow there.</summary>
internal sealed class ReferenceKindRule : ISpecRule
{
    public AuditRule Rule { get; } = new("MG103", "Reference kind not allowed here", Severity.Warning,
        "The documents form layers (design → requirements → scenarios → tasks); citing upwards or sideways tangles the layers.",
        "Move the reference to the document that may cite it, or cite an allowed ID instead.");

    public IEnumerable<Finding> Check(SpecGraph graph)
    {
        foreach (var document in graph.Set.Documents)
        {
            foreach (var reference in document.References)
            {
                if (!CrossReferenceTable.Allows(document.Kind, reference.Id.Kind))
                {
                    yield return graph.At(Rule, reference,
                        $"{Path.GetFileName(document.File)} cites {reference.Text}, but may cite only {CrossReferenceTable.Describe(document.Kind, graph.Set.Prefix)}.",
                        "Remove the reference, or move it to a document whose layer may cite it (see the cross-reference table in docs/audit-rules.md).");
                }
            }
        }
    }
}
