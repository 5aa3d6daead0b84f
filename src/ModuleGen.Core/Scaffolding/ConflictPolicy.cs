namespace ModuleGen.Core.Scaffolding;

/// <summary>Says what scaffold does with a file that exists with different content.</summary>
public enum ConflictPolicy
{
    /// <summary>Refuse the whole scaffold and list the conflicts (the default).</summary>
    Fail,

    /// <summary>Keep the existing file.</summary>
    Skip,

    /// <summary>Replace the existing file (or marker block).</summary>
    Overwrite,

    /// <summary>Merge the existing file with the render, as update_module does: lines only one side has are kept,
    /// overlapping differences keep both sides between conflict markers; an edited marker block is kept. Adopts a
    /// hand-made module: its answers and base are recorded, so later updates merge.</summary>
    Merge,
}
