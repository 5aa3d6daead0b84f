using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>Holds the intent-driven module pipeline's cross-reference table: which ID kinds each document may cite.</summary>
/// <remarks>The design may also name phases (it defines them); CHANGELOG entries cite scenarios; the ACTUAL documents and
/// INTENT_VS_ACTUAL are not restricted.</remarks>
internal static class CrossReferenceTable
{
    private static readonly Dictionary<SpecDocumentKind, IReadOnlySet<IdKind>> s_allowed = new()
    {
        [SpecDocumentKind.IntentDesign] = new HashSet<IdKind> { IdKind.GlobalRequirement, IdKind.Requirement, IdKind.Scenario, IdKind.Phase },
        [SpecDocumentKind.IntentRequirements] = new HashSet<IdKind> { IdKind.GlobalRequirement, IdKind.Phase },
        [SpecDocumentKind.IntentScenarios] = new HashSet<IdKind> { IdKind.GlobalRequirement, IdKind.Requirement, IdKind.Phase },
        [SpecDocumentKind.Changelog] = new HashSet<IdKind> { IdKind.Scenario },
    };

    /// <summary>Returns whether a document of <paramref name="document"/> kind may cite an ID of <paramref name="kind"/>.</summary>
    public static bool Allows(SpecDocumentKind document, IdKind kind) => !s_allowed.TryGetValue(document, out var set) || set.Contains(kind);

    /// <summary>Describes what a document may cite, for messages.</summary>
    public static string Describe(SpecDocumentKind document, string prefix) =>
        s_allowed.TryGetValue(document, out var set)
            ? string.Join(", ", set.Order().Select(k => k == IdKind.GlobalRequirement ? "REQ-N" : $"{SpecId.WordOf(k)}-{prefix}-N"))
            : "any ID";
}
