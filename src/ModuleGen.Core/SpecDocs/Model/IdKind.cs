namespace ModuleGen.Core.SpecDocs.Model;

/// <summary>Names the kinds of ID the spec documents use: the pipeline's terms, and the elements the other formats
/// number (spec-kit user stories and success criteria, Kiro acceptance criteria).</summary>
public enum IdKind
{
    /// <summary>A project-wide requirement, <c>REQ-N</c>, defined in the global requirements file.</summary>
    GlobalRequirement,

    /// <summary>A requirement: pipeline <c>REQ-{M}-N</c>, spec-kit <c>FR-001</c>, Kiro "Requirement 1", OpenSpec
    /// <c>### Requirement: Name</c>.</summary>
    Requirement,

    /// <summary>A scenario: pipeline <c>SCEN-{M}-N</c>, a spec-kit acceptance scenario, OpenSpec <c>#### Scenario:</c>.</summary>
    Scenario,

    /// <summary>A task: pipeline <c>TASK-{M}-N</c>, spec-kit <c>T001</c>, Kiro and OpenSpec <c>1.</c> / <c>1.2</c>.</summary>
    Task,

    /// <summary>An implementation phase, <c>PHASE-{M}-N</c>.</summary>
    Phase,

    /// <summary>A spec-kit user story, <c>User Story 1</c>, cited as <c>[US1]</c>.</summary>
    Story,

    /// <summary>A Kiro acceptance criterion, <c>1.2</c>: criterion 2 of requirement 1.</summary>
    Criterion,

    /// <summary>A spec-kit success criterion, <c>SC-001</c>.</summary>
    SuccessCriterion,
}
