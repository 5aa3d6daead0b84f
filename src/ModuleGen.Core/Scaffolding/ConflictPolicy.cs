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
}
