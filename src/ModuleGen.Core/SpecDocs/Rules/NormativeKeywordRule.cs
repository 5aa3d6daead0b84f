using ModuleGen.Core.Audit;
using ModuleGen.Core.SpecDocs.Model;

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
        foreach (var requirement in graph.Set.Requirements)
        {
            if (!requirement.IsPlaceholder && graph.Format.Normative.TryGetValue(requirement.Id.Id.Kind, out var keywords) && !UsesAny(requirement, keywords))
            {
                var label = graph.Label(requirement.Id);
                yield return graph.At(Rule, requirement.Id, $"{Formats.SpecFormat.Capital(label)} uses none of {string.Join(", ", keywords)}.", graph.Format.NormativeHint(label, keywords));
            }
        }
    }

    /// <summary>Tells whether a requirement uses one of the keywords (a handful of words each side: no set is worth building).</summary>
    private static bool UsesAny(Requirement requirement, IReadOnlyList<string> keywords)
    {
        foreach (var used in requirement.Keywords)
        {
            if (keywords.Contains(used))
            {
                return true;
            }
        }

        return false;
    }
}
