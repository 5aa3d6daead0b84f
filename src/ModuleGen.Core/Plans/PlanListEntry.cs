namespace ModuleGen.Core.Plans;

/// <summary>Summarises one stored plan.</summary>
/// <param name="Module">The module (the file name without .json).</param>
/// <param name="Revision">The plan's revision.</param>
/// <param name="BrickCount">Bricks in the plan; 0 when it cannot be read.</param>
/// <param name="Path">The plan file.</param>
/// <param name="Valid">False when the file no longer passes validation (load_plan shows why).</param>
public sealed record PlanListEntry(string Module, string Revision, int BrickCount, string Path, bool Valid);
