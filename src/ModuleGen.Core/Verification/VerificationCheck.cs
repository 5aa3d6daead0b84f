using ModuleGen.Core.Common;

namespace ModuleGen.Core.Verification;

/// <summary>Reports one check of one brick.</summary>
/// <param name="Check">target_dir, file, rendered_files (passed), unrendered_tokens, stub, contract, spec, unplanned_file,
/// scan_budget, dg_check_defs or dg_list_defs.</param>
/// <param name="Status">passed, failed, warning (reported, does not fail the brick), or not_run (a check that needs a
/// program the user did not allow, or that is missing; never counted as passed).</param>
/// <param name="Path">The workspace-relative file or folder checked.</param>
/// <param name="Detail">What was found, in a sentence.</param>
/// <param name="Code">The verify.* code when the check did not pass.</param>
/// <param name="Location">Where in the file, for unrendered tokens and a document still holding the fill-in marker.</param>
public sealed record VerificationCheck(string Check, string Status, string Path, string Detail, string? Code = null, SourceLocation? Location = null)
{
    public const string Passed = "passed";
    public const string Failed = "failed";
    public const string Warning = "warning";
    public const string NotRun = "not_run";
}
