using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Plans;

/// <summary>Holds a stored plan that passed validation, as the recipe, brick and verification services use it.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="Revision">The revision of the file's bytes.</param>
/// <param name="File">The plan file.</param>
public sealed record StoredPlan(ModulePlan Plan, string Revision, WorkspacePath File);
