namespace ModuleGen.Core.Verification;

/// <summary>Asks to compare a module's planned bricks with the files on disk.</summary>
/// <param name="Module">The module whose stored plan is checked (or the folder name of one of its generated bricks).</param>
/// <param name="Brick">One (qualified) brick to check, or null for all.</param>
/// <param name="Detail">List the passing checks too; by default they are only counted.</param>
public sealed record VerifyFilesRequest(string? Module, string? Brick, bool Detail = false)
{
    /// <summary>Gets whether the bricks' dg projects are checked with dg (run only when the user allowed it, else
    /// reported as not run); the audit turns this off and checks them itself (MG201–MG204).</summary>
    public bool DgChecks { get; init; } = true;
}
