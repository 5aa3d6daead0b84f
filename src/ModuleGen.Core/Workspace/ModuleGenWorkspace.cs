using ModuleGen.Core.Common;

namespace ModuleGen.Core.Workspace;

/// <summary>Represents the one workspace a server serves: its canonical root, the configuration in force, and the
/// containment guard and atomic writer every reading or writing service goes through.</summary>
public sealed class ModuleGenWorkspace
{
    private ModuleGenWorkspace(string root, ModuleGenConfig config, AtomicFileWriter writer)
    {
        Root = root;
        Config = config;
        Guard = new PathGuard(root);
        Writer = writer;
    }

    /// <summary>Gets the absolute root with every symbolic link resolved.</summary>
    public string Root { get; }

    public ModuleGenConfig Config { get; }

    public PathGuard Guard { get; }

    public AtomicFileWriter Writer { get; }

    /// <summary>Opens a workspace: the folder must exist; modulegen.yaml, when present, must be valid.</summary>
    public static Result<ModuleGenWorkspace> Open(string root, IWriteInterceptor? interceptor = null)
    {
        var canonical = FileSystemLinks.RealPath(root);
        if (canonical is null || !Directory.Exists(canonical))
        {
            return ToolError.Create(ErrorCodes.WorkspaceNotFound, "", $"The workspace root '{root}' is not an existing folder.",
                "Pass --workspace with an existing folder, set MODULEGEN_WORKSPACE, or start modulegen inside the repository.").WithFound(root);
        }

        return ConfigLoader.Load(new PathGuard(canonical))
            .Map(config => new ModuleGenWorkspace(canonical, config, new AtomicFileWriter(canonical, interceptor)));
    }

    /// <summary>Resolves a path through the guard and writes text to it atomically.</summary>
    public Result<WorkspacePath> WriteText(string relativePath, string content, string pointer = "") =>
        Guard.Resolve(relativePath, pointer).Then(path => Writer.WriteText(path, content, pointer).Map(_ => path));
}
