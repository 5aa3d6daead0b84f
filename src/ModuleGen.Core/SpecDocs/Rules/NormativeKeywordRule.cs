using ModuleGen.Core.Audit;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>MG108: a requirement lacks the normative keyword its format asks for: the pipeline any of MUST, SHALL, SHOULD,
/// MAY; OpenSpec SHALL or MUST; a Kiro acceptance criterion the SHALL of its EARS form.</summary>
internal sealed class NormativeKeywordRule : ISpecRule
{
    public AuditRule Rule { get; } = new("MG108", "Requirement without a normative keyword", Severity.Warning,
        "Without MUST/SHALL (mandatory) or SHOULD/MAY (optional) a reader cannot tell whether the requirement binds.",
        "State the requirement with MUST or SHALL (mandatory), or SHOULD or MAY (optional), in capitals.");

    public IEnumerable<Finding> Check(SpecGraph graph)
    {
        foreach (var requirement in graph.Set.Requirements.Where(r => !r.IsPlaceholder))
        {
            if (graph.Format.Normative.TryGetValue(requirement.Id.Id.Kind, out var keywords) && !requirement.Keywords.Intersect(keywords).Any())
            {
                var label = graph.Label(requirement.Id);
                yield return graph.At(Rule, requirement.Id, $"{Formats.SpecFormat.Capital(label)} uses none of {string.Join(", ", keywords)}.", graph.Format.NormativeHint(label, keywords));
            }
        }
    }
}
