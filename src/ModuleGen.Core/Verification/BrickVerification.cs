namespace ModuleGen.Core.Verification;

/// <summary>Reports the checks of one brick.</summary>
/// <param name="Brick">The (qualified) brick name.</param>
/// <param name="TargetDir">Its folder.</param>
/// <param name="Passed">True when no check failed (warnings allowed).</param>
/// <param name="Checks">Every check, in a fixed order: folder, expected files, tokens, documents, unplanned files.</param>
/// <param name="UnplannedFiles">Files in the folder nothing planned (only when the brick lists expected files): the first
/// <see cref="FileVerifier.MaxListedUnplanned"/>; a further check counts the rest.</param>
public sealed record BrickVerification(string Brick, string TargetDir, bool Passed, IReadOnlyList<VerificationCheck> Checks, IReadOnlyList<string>? UnplannedFiles);
