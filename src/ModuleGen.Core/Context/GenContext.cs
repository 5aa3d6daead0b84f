using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Context;

/// <summary>Gathers everything an agent needs before planning a module, deterministically ordered.</summary>
public sealed record GenContext
{
    public required ModuleNames Module { get; init; }

    public required string WorkspaceRoot { get; init; }

    public required IReadOnlyList<DetectedStack> Stacks { get; init; }

    public required IReadOnlyList<ExistingModule> ExistingModules { get; init; }

    public required IReadOnlyList<PortUse> PortsInUse { get; init; }

    public required IReadOnlyList<AvailableTemplate> Templates { get; init; }

    public required ModuleArtifacts Artifacts { get; init; }

    public required ModuleGenConfig Config { get; init; }

    public required ScanSummary Scan { get; init; }
}
