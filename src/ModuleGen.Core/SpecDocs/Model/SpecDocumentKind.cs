namespace ModuleGen.Core.SpecDocs.Model;

/// <summary>Names what a document is: the intent-driven module pipeline's standard documents, then the documents of
/// the other formats by their role (one role may have several files, e.g. one spec per OpenSpec capability).</summary>
public enum SpecDocumentKind
{
    IntentDesign,
    IntentRequirements,
    IntentScenarios,
    Tasks,
    Changelog,
    IntentVsActual,
    ActualDesign,
    ActualRequirements,
    ActualScenarios,

    /// <summary>A feature or capability spec: spec-kit <c>spec.md</c>, OpenSpec <c>specs/&lt;capability&gt;/spec.md</c>.</summary>
    FeatureSpec,

    /// <summary>spec-kit <c>plan.md</c>.</summary>
    Plan,

    /// <summary>Kiro <c>requirements.md</c>.</summary>
    Requirements,

    /// <summary>Kiro <c>design.md</c>, OpenSpec change <c>design.md</c>.</summary>
    Design,

    /// <summary>spec-kit, Kiro and OpenSpec <c>tasks.md</c>.</summary>
    TaskList,

    /// <summary>spec-kit <c>checklists/*.md</c>.</summary>
    Checklist,

    /// <summary>OpenSpec change <c>proposal.md</c>.</summary>
    Proposal,

    /// <summary>OpenSpec delta spec, <c>changes/&lt;id&gt;/specs/&lt;capability&gt;/spec.md</c>.</summary>
    DeltaSpec,

    /// <summary>A supporting document read for its citations and links only (spec-kit research.md, data-model.md …).</summary>
    Supporting,
}
