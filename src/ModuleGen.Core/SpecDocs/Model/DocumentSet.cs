using ModuleGen.Core.Context;

namespace ModuleGen.Core.SpecDocs.Model;

/// <summary>Holds a module's parsed spec documents as one ID graph, plus the global requirements they may cite.</summary>
public sealed record DocumentSet
{
    public required ModuleNames Module { get; init; }

    /// <summary>Gets the ID prefix (OAGW in REQ-OAGW-1).</summary>
    public required string Prefix { get; init; }

    /// <summary>Gets the workspace-relative docs folder.</summary>
    public required string Folder { get; init; }

    /// <summary>Gets the documents found, in workflow order.</summary>
    public required IReadOnlyList<SpecDocument> Documents { get; init; }

    public required IReadOnlyList<Requirement> Requirements { get; init; }

    public required IReadOnlyList<Scenario> Scenarios { get; init; }

    public required IReadOnlyList<SpecTask> Tasks { get; init; }

    /// <summary>Gets the phases the design document defines.</summary>
    public required IReadOnlyList<PhaseSection> DesignPhases { get; init; }

    public required ChangelogDocument? Changelog { get; init; }

    public required IReadOnlyList<GapEntry> Gaps { get; init; }

    public required IReadOnlyList<Requirement> ActualRequirements { get; init; }

    public required IReadOnlyList<Scenario> ActualScenarios { get; init; }

    /// <summary>Gets the workspace-relative global requirements file.</summary>
    public required string GlobalFile { get; init; }

    /// <summary>Gets the global requirement numbers defined there, or null when the file does not exist.</summary>
    public required IReadOnlySet<int>? GlobalRequirements { get; init; }

    /// <summary>Returns the document of a kind, or null when the folder has none.</summary>
    public SpecDocument? Find(SpecDocumentKind kind) => Documents.FirstOrDefault(d => d.Kind == kind);

    /// <summary>Gets whether a document of the kind exists.</summary>
    public bool Has(SpecDocumentKind kind) => Find(kind) is not null;

    /// <summary>Gets the workflow step the documents show: 1 before requirements or scenarios exist, else 2 or later.</summary>
    public int InferredStep =>
        Has(SpecDocumentKind.Changelog) ? 4
        : Has(SpecDocumentKind.Tasks) ? 3
        : Has(SpecDocumentKind.IntentRequirements) || Has(SpecDocumentKind.IntentScenarios) ? 2
        : 1;
}
