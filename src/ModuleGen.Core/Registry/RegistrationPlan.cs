namespace ModuleGen.Core.Registry;

/// <summary>Holds how one module registers: its registration and the blocks its pack declares, by target file.</summary>
/// <param name="Registration">Module, id, location name, whether it asked to be registered.</param>
/// <param name="PackBlocks">Workspace-relative target file → the block the pack's injection writes there.</param>
internal sealed record RegistrationPlan(ModuleRegistration Registration, IReadOnlyDictionary<string, RegistryBlock> PackBlocks)
{
    /// <summary>Returns the block for a registry file: the pack's block for that file (or for a file of the same kind),
    /// else the block the kind derives; null when the file takes nothing from this module.</summary>
    public RegistryBlock? BlockFor(string file, IWorkspaceRegistry kind) =>
        PackBlocks.GetValueOrDefault(file)
        ?? PackBlocks.Where(b => kind.Handles(b.Key)).Select(b => b.Value).FirstOrDefault()
        ?? kind.DerivedBlock(file, Registration);
}
