namespace ModuleGen.Core.Verification;

/// <summary>Counts the outcome of a verification.</summary>
/// <param name="Bricks">Bricks checked.</param>
/// <param name="BricksPassed">Bricks with no failed check.</param>
/// <param name="Checks">Checks run.</param>
/// <param name="Passed">Checks passed.</param>
/// <param name="Failed">Checks failed.</param>
/// <param name="Warnings">Checks reported as warnings.</param>
/// <param name="NotRun">Checks that were not run (dg not allowed or not found).</param>
public sealed record VerificationSummary(int Bricks, int BricksPassed, int Checks, int Passed, int Failed, int Warnings, int NotRun = 0);
