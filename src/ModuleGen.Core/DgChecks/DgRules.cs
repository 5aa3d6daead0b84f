using ModuleGen.Core.Audit;

namespace ModuleGen.Core.DgChecks;

/// <summary>Lists the MG2xx rules: checks made by running a program the user allowed (dg). Ids are stable;
/// docs/audit-rules.md has the same table.</summary>
public static class DgRules
{
    public static readonly AuditRule NotRun = new("MG201", "dg checks not run", Severity.Info,
        "dg check defs and dg list defs load the project's Python code, so ModuleGen runs them only when the user allowed dg; without them nobody has seen the definitions load.",
        "Allow dg when starting ModuleGen (--allow-exec dg, MODULEGEN_ALLOW_EXEC=dg, or allow_exec: [dg] in ~/.config/modulegen/config.yaml), or run `dg check defs` in the project yourself.");

    public static readonly AuditRule CheckFailed = new("MG202", "dg check failed", Severity.Error,
        "dg check defs (or dg list defs) exited with an error: Dagster cannot load the project's definitions as they are.",
        "Fix the error at the file and line given, then run the audit again.");

    public static readonly AuditRule Incomplete = new("MG203", "dg check did not complete", Severity.Warning,
        "dg ran but gave no answer: it was stopped at the timeout, could not start, or printed what ModuleGen cannot read.",
        "Run `dg check defs` in the project yourself to see why; code that waits at import time (a database, the network) makes it hang.");

    public static readonly AuditRule NoDefinitions = new("MG204", "dg lists no definitions", Severity.Warning,
        "dg list defs ran and listed no asset, job, schedule, sensor or resource: the project loads but Dagster would show nothing.",
        "Check that the definitions module loads the defs folder (dg.definitions / load_from_defs_folder) and that the defs modules define something.");

    /// <summary>Gets every MG2xx rule, in id order.</summary>
    public static IReadOnlyList<AuditRule> All { get; } = [NotRun, CheckFailed, Incomplete, NoDefinitions];

    /// <summary>Returns the rule a check's status is reported under, or null for a passed check.</summary>
    public static AuditRule? For(DgCheckStatus status) => status switch
    {
        DgCheckStatus.NotRun => NotRun,
        DgCheckStatus.Failed => CheckFailed,
        DgCheckStatus.Incomplete => Incomplete,
        DgCheckStatus.NoDefinitions => NoDefinitions,
        _ => null,
    };
}
