namespace ModuleGen.Core.SpecDocs.Model;

/// <summary>Records one requirement named under a <c>## ADDED|MODIFIED|REMOVED|RENAMED Requirements</c> section of a
/// delta spec.</summary>
/// <param name="Kind">What the delta does.</param>
/// <param name="Capability">The capability (the folder under <c>specs/</c>).</param>
/// <param name="Name">The requirement's name (for RENAMED, the old name).</param>
/// <param name="NewName">For RENAMED, the new name; otherwise null.</param>
/// <param name="File">The workspace-relative delta spec.</param>
/// <param name="Line">The 1-based line naming the requirement.</param>
public sealed record DeltaOperation(DeltaKind Kind, string Capability, string Name, string? NewName, string File, int Line);
