namespace ModuleGen.Core.SpecDocs.Model;

/// <summary>Names the kinds of ID the spec documents use (the pipeline's terminology).</summary>
public enum IdKind
{
    /// <summary>A project-wide requirement, <c>REQ-N</c>, defined in the global requirements file.</summary>
    GlobalRequirement,

    /// <summary>A module requirement, <c>REQ-{M}-N</c>.</summary>
    Requirement,

    /// <summary>A scenario, <c>SCEN-{M}-N</c>.</summary>
    Scenario,

    /// <summary>A top-level task, <c>TASK-{M}-N</c>.</summary>
    Task,

    /// <summary>An implementation phase, <c>PHASE-{M}-N</c>.</summary>
    Phase,
}
