using ModuleGen.Core.Common;
using ModuleGen.Core.Verification;

namespace ModuleGen.Core.Audit.Modules;

/// <summary>Turns verify_files' result for a module (its stored plan against the disk) into findings: failed checks of
/// folders, expected files and documents (MG004), documents still skeletons (MG015), unrendered tokens (MG006) and unplanned files (MG005). A module
/// without a stored plan has nothing to compare; a plan that no longer validates is MG012's business.</summary>
internal static class PlanDrift
{
    public static IEnumerable<Finding> Run(FileVerifier verifier, string module)
    {
        var result = verifier.Verify(new VerifyFilesRequest(module, null) { DgChecks = false });
        if (!result.IsOk)
        {
            yield break;
        }

        foreach (var brick in result.Value.Bricks)
        {
            foreach (var check in brick.Checks)
            {
                var rule = (check.Status, check.Check) switch
                {
                    (VerificationCheck.Failed, "unrendered_tokens") => ModuleRules.UnrenderedTokens,
                    (VerificationCheck.Failed, _) when check.Code == ErrorCodes.VerifyDocumentUnfilled => ModuleRules.DocumentUnfilled,
                    (VerificationCheck.Failed, _) when check.Code == ErrorCodes.VerifyStubLeft => ModuleRules.AgentStubLeft,
                    (VerificationCheck.Failed, _) => ModuleRules.PlannedMissing,
                    (VerificationCheck.Warning, "unplanned_file") => ModuleRules.Unplanned,
                    _ => null,
                };
                if (rule is not null)
                {
                    yield return new Finding(rule.Id, rule.DefaultSeverity, $"Brick '{brick.Brick}': {check.Detail}", rule.FixHint)
                    {
                        Module = module,
                        File = check.Location?.File ?? check.Path,
                        Line = check.Location?.Line,
                        Column = check.Location?.Column,
                    };
                }
            }
        }
    }
}
