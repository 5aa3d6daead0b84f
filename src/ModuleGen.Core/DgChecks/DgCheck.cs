using ModuleGen.Core.Common;

namespace ModuleGen.Core.DgChecks;

/// <summary>Reports one dg check of one project: what ran (or why nothing ran), how it ended and, for a failure, the
/// file and line the error points at.</summary>
/// <param name="Name"><see cref="CheckDefs"/> or <see cref="ListDefs"/>.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Project">The workspace-relative project folder ("" for the root).</param>
/// <param name="Detail">What was run and found, in a sentence; program output in it is quoted and shortened.</param>
/// <param name="Location">Where the error points, when the output names a file inside the workspace.</param>
public sealed record DgCheck(string Name, DgCheckStatus Status, string Project, string Detail, SourceLocation? Location = null)
{
    public const string CheckDefs = "dg_check_defs";
    public const string ListDefs = "dg_list_defs";

    /// <summary>Gets the file a finding about the project names: its pyproject.toml (or dg.toml), or the error's file.</summary>
    public string File => Location?.File ?? (Project.Length == 0 ? "pyproject.toml" : Project + "/pyproject.toml");
}

/// <summary>Says how a dg check ended.</summary>
public enum DgCheckStatus
{
    /// <summary>It ran and exited 0 (for dg list defs: and listed definitions).</summary>
    Passed,

    /// <summary>It ran and reported errors (non-zero exit).</summary>
    Failed,

    /// <summary>It was not run: not allowed by the user, read-only, or no dg to run.</summary>
    NotRun,

    /// <summary>It ran but gave no answer: stopped at the timeout, could not start, or printed what could not be read.</summary>
    Incomplete,

    /// <summary>dg list defs ran and listed no definitions at all.</summary>
    NoDefinitions,
}
