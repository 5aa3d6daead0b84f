namespace ModuleGen.Core.Plans;

/// <summary>Returns a stored plan with its revision and, when asked, a Mermaid graph of its bricks.</summary>
/// <param name="Module">The module.</param>
/// <param name="Revision">The revision to pass as expected_revision when storing a change.</param>
/// <param name="Path">The plan file.</param>
/// <param name="Plan">The plan as stored.</param>
/// <param name="Mermaid">The bricks and their dependencies as a Mermaid flowchart (format=mermaid only).</param>
public sealed record LoadPlanResult(string Module, string Revision, string Path, ModulePlan Plan, string? Mermaid);
