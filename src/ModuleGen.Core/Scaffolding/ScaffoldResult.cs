namespace ModuleGen.Core.Scaffolding;

/// <summary>Reports a scaffold: the pack, the values used, every file's change with its reason, and the totals.</summary>
/// <param name="Template">Pack name.</param>
/// <param name="Version">Pack version.</param>
/// <param name="TargetDir">Workspace-relative target folder.</param>
/// <param name="DryRun">True when nothing was written.</param>
/// <param name="Variables">The values used, in declaration order (not repeated by the apply of a previewed change set).</param>
/// <param name="Addons">The chosen add-ons, sorted.</param>
/// <param name="Changes">One entry per file, in the order they are written (not repeated by the apply of a previewed
/// change set).</param>
/// <param name="Counts">How many files of each kind.</param>
/// <param name="AnswersFile">Workspace-relative path of the answers file.</param>
/// <param name="Message">One sentence: what happened (or would), e.g. "Nothing to do: every file is unchanged.".</param>
public sealed record ScaffoldResult(
    string Template,
    string Version,
    string TargetDir,
    bool DryRun,
    IReadOnlyList<ResolvedVariable> Variables,
    IReadOnlyList<string> Addons,
    IReadOnlyList<FileChange> Changes,
    IReadOnlyDictionary<string, int> Counts,
    string AnswersFile,
    string Message)
{
    /// <summary>Gets the id of the change set (see <c>change_set_id</c> of the request): the same on a dry run and on the
    /// apply that writes it.</summary>
    public string? ChangeSetId { get; init; }

    /// <summary>Gets where the diffs are when they were too large to answer inline (an MCP resource the client reads on
    /// demand); the changes then carry none.</summary>
    public string? DiffsUri { get; init; }

    /// <summary>Gets what to know or do beside the files, each a sentence: a version raised to the pack's minimum, the
    /// compose service a new gRPC location needs, a registry entry to add by hand (with the exact text); null when none.</summary>
    public IReadOnlyList<string>? Notes { get; init; }
}
