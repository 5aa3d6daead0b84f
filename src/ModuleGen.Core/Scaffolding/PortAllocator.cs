using ModuleGen.Core.Common;
using ModuleGen.Core.Context;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Scaffolding;

/// <summary>Picks the lowest port of the configured range (ports.start..ports.end) that nothing in the workspace claims,
/// using the same scan as build_context (<see cref="PortScanner"/>). The workspace is scanned once per allocator.</summary>
public sealed class PortAllocator
{
    private readonly ModuleGenWorkspace _workspace;
    private readonly string _ownAnswersFile;
    private readonly HashSet<int> _taken = [];
    private SortedSet<int>? _claimed;

    /// <summary>Creates an allocator that ignores the claims of <paramref name="ownAnswersFile"/> (the target's own answers file).</summary>
    public PortAllocator(ModuleGenWorkspace workspace, string ownAnswersFile)
    {
        _workspace = workspace;
        _ownAnswersFile = ownAnswersFile;
    }

    /// <summary>Allocates the lowest free port; ports handed out by this allocator are not handed out again.</summary>
    public Result<int> Allocate(string pointer)
    {
        _claimed ??= Claimed();
        var range = _workspace.Config.Ports;
        for (var port = range.Start; port <= range.End; port++)
        {
            if (!_claimed.Contains(port) && _taken.Add(port))
            {
                return Result<int>.Ok(port);
            }
        }

        return ToolError.Create(ErrorCodes.ScaffoldPortExhausted, pointer,
            $"Every port from {range.Start} to {range.End} is already claimed in the workspace.",
            "Widen ports.start/ports.end in modulegen.yaml, or pass a port explicitly.");
    }

    /// <summary>Marks a port as used by this scaffold (a reused or explicit one), so auto ports skip it.</summary>
    public void Reserve(int port) => _taken.Add(port);

    private SortedSet<int> Claimed()
    {
        var scan = WorkspaceScanner.Scan(_workspace.Root, _workspace.Config.Scan);
        var (ports, _) = PortScanner.Scan(_workspace.Root, scan);
        return new SortedSet<int>(ports.Where(p => p.File != _ownAnswersFile).Select(p => p.Port));
    }
}
