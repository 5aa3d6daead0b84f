namespace ModuleGen.Core.Registry;

/// <summary>Says what an edit does, or would do, to one module's block in one registry file, and why.</summary>
/// <param name="File">Workspace-relative registry file.</param>
/// <param name="Module">The module.</param>
/// <param name="Marker">The block's marker id.</param>
/// <param name="Action">add, update, unchanged, kept (edited by hand, left alone), remove, or absent (nothing to remove).</param>
/// <param name="Reason">One sentence on why.</param>
public sealed record RegistryChange(string File, string Module, string Marker, string Action, string Reason)
{
    public const string Add = "add";
    public const string Update = "update";
    public const string Unchanged = "unchanged";
    public const string Kept = "kept";
    public const string Remove = "remove";
    public const string Absent = "absent";

    /// <summary>Gets the 1-based line of the block's start marker (before the edit), when there is one.</summary>
    public int? Line { get; init; }
}
