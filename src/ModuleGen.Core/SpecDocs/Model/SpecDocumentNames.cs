namespace ModuleGen.Core.SpecDocs.Model;

/// <summary>Maps each document kind to its canonical file name (INTENT_DESIGN.md …), in workflow order.</summary>
public static class SpecDocumentNames
{
    /// <summary>Gets every kind with its canonical file stem (without <c>.md</c>), in workflow order.</summary>
    public static IReadOnlyList<(SpecDocumentKind Kind, string Stem)> All { get; } =
    [
        (SpecDocumentKind.IntentDesign, "INTENT_DESIGN"),
        (SpecDocumentKind.IntentRequirements, "INTENT_REQUIREMENTS"),
        (SpecDocumentKind.IntentScenarios, "INTENT_SCENARIOS"),
        (SpecDocumentKind.Tasks, "TASKS"),
        (SpecDocumentKind.ActualDesign, "ACTUAL_DESIGN"),
        (SpecDocumentKind.ActualRequirements, "ACTUAL_REQUIREMENTS"),
        (SpecDocumentKind.ActualScenarios, "ACTUAL_SCENARIOS"),
        (SpecDocumentKind.IntentVsActual, "INTENT_VS_ACTUAL"),
        (SpecDocumentKind.Changelog, "CHANGELOG"),
    ];

    /// <summary>Returns the canonical file name of a kind, e.g. <c>INTENT_DESIGN.md</c>.</summary>
    public static string FileName(SpecDocumentKind kind) => All.First(a => a.Kind == kind).Stem + ".md";
}
