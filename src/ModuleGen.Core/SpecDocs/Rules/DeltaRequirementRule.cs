using ModuleGen.Core.Audit;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>MG120: an active change's delta MODIFIES, REMOVES or RENAMES a requirement the capability's main spec does
/// not have (names match exactly, case included), so archiving the change cannot apply it.</summary>
/// <remarks>Archived changes were applied already: their names may since have been modified or removed by later changes.</remarks>
internal sealed class DeltaRequirementRule : ISpecRule
{
    public AuditRule Rule { get; } = new("MG120", "Delta names a missing requirement", Severity.Error,
        "A delta is applied by requirement name; a name the main spec does not have cannot be applied, and the change's intent is lost at archive time.",
        "Use the exact heading text of the requirement in the main spec (names are case-sensitive), or list it under ADDED Requirements.");

    public IEnumerable<Finding> Check(SpecGraph graph)
    {
        var main = graph.Set.Requirements.Where(r => r.Id.Id.Name is { } n && !n.Contains(':', StringComparison.Ordinal))
            .Select(r => r.Id.Id.Name!).ToHashSet(StringComparer.Ordinal);
        var capabilities = graph.Set.Documents.Where(d => d.Kind == SpecDocumentKind.FeatureSpec).Select(d => d.File.Split('/')[^2]).ToHashSet(StringComparer.Ordinal);
        foreach (var change in graph.Set.Changes.Where(c => !c.Archived))
        {
            foreach (var delta in change.Deltas.Where(d => d.Kind != DeltaKind.Added))
            {
                if (main.Contains($"{delta.Capability}/{delta.Name}"))
                {
                    continue;
                }

                var verb = delta.Kind switch { DeltaKind.Modified => "modifies", DeltaKind.Removed => "removes", _ => "renames" };
                var where = capabilities.Contains(delta.Capability)
                    ? $"the main spec of '{delta.Capability}' has no requirement of that name"
                    : $"the capability '{delta.Capability}' has no main spec (specs/{delta.Capability}/spec.md)";
                yield return graph.At(Rule, delta.File, delta.Line, null,
                    $"The change '{change.Id}' {verb} Requirement '{delta.Name}', but {where}.",
                    capabilities.Contains(delta.Capability)
                        ? $"Write the name exactly as in specs/{delta.Capability}/spec.md, or list the requirement under ## ADDED Requirements if it is new."
                        : "List the requirements under ## ADDED Requirements (the capability is new), or fix the capability folder's name.");
            }
        }
    }
}
