using ModuleGen.Core.Common;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Plans;

/// <summary>Knows where plans live (&lt;paths.plans&gt;/&lt;module&gt;.json, earlier revisions in
/// &lt;module&gt;.revisions/) and reads plan files with the size limit applied before the bytes are loaded.</summary>
public sealed class PlanFiles(ModuleGenWorkspace workspace)
{
    public const string Extension = ".json";
    public const string RevisionsSuffix = ".revisions";

    private const string ConfigPointer = "/config/paths/plans";

    /// <summary>Resolves the plans folder.</summary>
    public Result<WorkspacePath> Folder() => workspace.Guard.Resolve(workspace.Config.Paths.Plans, ConfigPointer);

    /// <summary>Resolves the file of a module's current plan; <paramref name="module"/> is a validated snake_case name.</summary>
    public Result<WorkspacePath> PlanPath(string module) =>
        workspace.Guard.Resolve($"{workspace.Config.Paths.Plans}/{module}{Extension}", ConfigPointer);

    /// <summary>Resolves the file that keeps an earlier revision ("sha256:ab12…" is kept as ab12….json).</summary>
    public Result<WorkspacePath> RevisionPath(string module, string revision) =>
        workspace.Guard.Resolve($"{workspace.Config.Paths.Plans}/{module}{RevisionsSuffix}/{PlanRevision.Hex(revision)}{Extension}", ConfigPointer);

    /// <summary>Reads a plan file's bytes, refusing files over <see cref="PlanLimits.MaxPlanBytes"/> without loading them.</summary>
    public static Result<byte[]> ReadBounded(WorkspacePath path, string pointer)
    {
        try
        {
            var length = new FileInfo(path.FullPath).Length;
            if (length > PlanLimits.MaxPlanBytes)
            {
                return ToolError.Create(ErrorCodes.PlanTooLarge, pointer,
                    $"The plan file '{path.RelativePath}' is {length} bytes; at most {PlanLimits.MaxPlanBytes} are accepted.",
                    "Split the plan into sub-plans or shorten its descriptions.").WithFound(path.RelativePath);
            }

            return Result<byte[]>.Ok(RegularFile.ReadAllBytes(path.FullPath));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ToolError.Create(ErrorCodes.ReadFailed, pointer, $"Could not read '{path.RelativePath}': {WorkspaceIOException.Describe(ex)}",
                "Check that the file exists and is readable.").WithFound(path.RelativePath);
        }
    }
}
