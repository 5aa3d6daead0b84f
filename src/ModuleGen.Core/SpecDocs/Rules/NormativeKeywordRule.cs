using ModuleGen.Core.Audit;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>MG108: a requirement uses none of MUST, SHALL, SHOULD, MAY.</summary>
internal sealed class NormativeKeywordRule : ISpecRule
{
    public AuditRule Rule { get; } = new("MG108", "Requirement without a normative keyword", Severity.Warning,
        "Without MUST/SHALL (mandatory) or SHOULD/MAY (optional) a reader cannot tell whether the requirement binds.",
        "State the requirement with MUST or SHALL (mandatory), or SHOULD or MAY (optional), in capitals.");

    public IEnumerable<Finding> Check(SpecGraph graph) =>
        graph.Set.Requirements.Where(r => r.Keywords.Count == 0).Select(r => graph.At(Rule, r.Id,
            $"{r.Id.Text} uses none of MUST, SHALL, SHOULD, MAY.",
            $"Rewrite the statement of {r.Id.Text} with MUST or SHALL (mandatory), or SHOULD or MAY (optional)."));
}
