namespace ModuleGen.Core.Verification;

/// <summary>Reports how the files on disk match the plan.</summary>
/// <param name="Module">The module.</param>
/// <param name="Revision">The plan revision checked against.</param>
/// <param name="Passed">True when every brick passed.</param>
/// <param name="Bricks">One report per brick, in build order.</param>
/// <param name="Summary">Counts.</param>
public sealed record VerifyFilesResult(string Module, string Revision, bool Passed, IReadOnlyList<BrickVerification> Bricks, VerificationSummary Summary);
