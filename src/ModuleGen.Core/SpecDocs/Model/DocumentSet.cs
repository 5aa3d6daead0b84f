using ModuleGen.Core.Context;
using ModuleGen.Core.SpecDocs.Formats;

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

    /// <summary>Gets the format the documents were read as.</summary>
    public SpecFormat Format { get; init; } = SpecFormat.ModulePipeline;

    /// <summary>Gets the OpenSpec changes (active and archived), in folder order.</summary>
    public IReadOnlyList<SpecChange> Changes { get; init; } = [];

    /// <summary>Gets the relative links between documents.</summary>
    public IReadOnlyList<DocumentLink> Links { get; init; } = [];

    /// <summary>Gets the workspace-relative Markdown files of the folder that no reader of the format reads.</summary>
    public IReadOnlyList<string> Ignored { get; init; } = [];

    /// <summary>Gets the formats the loader tried: the one detected or pinned, or every format when none matched the files.</summary>
    public IReadOnlyList<SpecFormat> Tried { get; init; } = [SpecFormat.ModulePipeline];

    /// <summary>Gets the change a call is about (an OpenSpec change id given as the module), or null.</summary>
    public string? Focus { get; init; }

    /// <summary>Returns the document of a kind, or null when the folder has none.</summary>
    public SpecDocument? Find(SpecDocumentKind kind) => Documents.FirstOrDefault(d => d.Kind == kind);

    /// <summary>Gets whether a document of the kind exists.</summary>
    public bool Has(SpecDocumentKind kind) => Find(kind) is not null;

    /// <summary>Gets whether a document of the kind exists and says something (not empty, not only headings and
    /// placeholders): a skeleton does not count.</summary>
    public bool Holds(SpecDocumentKind kind) => Documents.Any(d => d.Kind == kind && d.HasContent);

    /// <summary>Gets the workflow step the documents show, from the documents that say something: pipeline 1 before
    /// requirements or scenarios exist, else 2 to 4; spec-kit 1 (spec) to 4 (every task done); Kiro 1 to 3; OpenSpec
    /// (a repository of changes, not one workflow) 0.</summary>
    public int InferredStep =>
        Format == SpecFormat.ModulePipeline
            ? Holds(SpecDocumentKind.Changelog) ? 4
                : Holds(SpecDocumentKind.Tasks) ? 3
                : Holds(SpecDocumentKind.IntentRequirements) || Holds(SpecDocumentKind.IntentScenarios) ? 2
                : 1
            : Format == SpecFormat.SpecKit
                ? Holds(SpecDocumentKind.TaskList) ? (Tasks.Count > 0 && Tasks.All(t => t.IsDone) ? 4 : 3)
                    : Holds(SpecDocumentKind.Plan) ? 2
                    : 1
                : Format == SpecFormat.Kiro
                    ? Holds(SpecDocumentKind.TaskList) ? 3 : Holds(SpecDocumentKind.Design) ? 2 : 1
                    : 0;
}
