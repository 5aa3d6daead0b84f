using ModuleGen.Core.Common;

namespace ModuleGen.Core.Updating;

/// <summary>Is one generated module (one pack's answers file) in a check or an update of many modules.</summary>
/// <param name="Module">The module folder's name.</param>
/// <param name="TargetDir">Workspace-relative module folder.</param>
/// <param name="Template">The pack that generated it.</param>
/// <param name="FromVersion">The pack version its answers record.</param>
/// <param name="ToVersion">The pack version available (what an update brings it to).</param>
/// <param name="State">current, outdated, drifted or failed; the audit's MG017 reports exactly the outdated and drifted ones.</param>
/// <param name="Clean">True when its update merges without conflicts and nothing blocks it (a dry run says so).</param>
/// <param name="Changes">Files the update changes (or changed).</param>
/// <param name="Conflicts">Files the update leaves (or left) with conflicts.</param>
/// <param name="Updated">True when this call wrote its update.</param>
/// <param name="NeedsAttention">True when a person or the agent must act: conflicts, kept files, agent steps not
/// done, earlier conflicts unresolved, or a failure.</param>
/// <param name="Message">One sentence on the module.</param>
public sealed record ModuleUpdateStatus(string Module, string TargetDir, string Template, string FromVersion, string ToVersion, ModuleState State,
    bool Clean, int Changes, int Conflicts, bool Updated, bool NeedsAttention, string Message)
{
    /// <summary>Gets the pack migrations the update runs (or ran), as "id (version)"; null when none.</summary>
    public IReadOnlyList<string>? Migrations { get; init; }

    /// <summary>Gets the ids of the agent's migration steps not yet marked done; null when none.</summary>
    public IReadOnlyList<string>? PendingMigrations { get; init; }

    /// <summary>Gets the conflicts an earlier update left ("path:line"), which block a further update; null when none.</summary>
    public IReadOnlyList<string>? Unresolved { get; init; }

    /// <summary>Gets why the module could not be checked or updated; null unless the state is failed.</summary>
    public IReadOnlyList<ToolError>? Errors { get; init; }
}
