using ModuleGen.Core.Common;

namespace ModuleGen.Core.Workspace;

/// <summary>Represents the one workspace a server serves: its canonical root, the configuration in force, and the
/// containment guard and atomic writer every reading or writing service goes through.</summary>
public sealed class ModuleGenWorkspace
{
    private readonly object _reload = new();
    private volatile ModuleGenConfig _config;
    private string? _configText;

    private ModuleGenWorkspace(string root, ModuleGenConfig config, string? configText, AtomicFileWriter writer)
    {
        Root = root;
        _config = config;
        _configText = configText;
        Guard = new PathGuard(root);
        Writer = writer;
    }

    /// <summary>Gets the absolute root with every symbolic link resolved.</summary>
    public string Root { get; }

    /// <summary>Gets the configuration in force: modulegen.yaml over the embedded defaults, as last read
    /// (<see cref="ReloadConfig"/>).</summary>
    public ModuleGenConfig Config => _config;

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

        var guard = new PathGuard(canonical);
        return ConfigLoader.ReadText(guard).Then(text => ConfigLoader.FromYaml(text)
            .Map(config => new ModuleGenWorkspace(canonical, config, text, new AtomicFileWriter(canonical, interceptor))));
    }

    /// <summary>Reads modulegen.yaml again when its bytes changed since they were read, so an edit takes effect on the
    /// next tool call (a long-running server cannot be restarted by the model that was told to edit the file).</summary>
    /// <returns>Whether the configuration changed; the errors of a changed file that is not valid, in which case the
    /// configuration read before stays in force and the next call reads the file again.</returns>
    public Result<bool> ReloadConfig()
    {
        lock (_reload)
        {
            var text = ConfigLoader.ReadText(Guard);
            if (!text.IsOk)
            {
                return Result<bool>.Fail(text.Errors);
            }

            if (string.Equals(text.Value, _configText, StringComparison.Ordinal))
            {
                return Result<bool>.Ok(false);
            }

            var config = ConfigLoader.FromYaml(text.Value);
            if (!config.IsOk)
            {
                return Result<bool>.Fail(config.Errors);
            }

            _config = config.Value;
            _configText = text.Value;
            return Result<bool>.Ok(true);
        }
    }

    /// <summary>Resolves a path through the guard and writes text to it atomically.</summary>
    public Result<WorkspacePath> WriteText(string relativePath, string content, string pointer = "") =>
        Guard.Resolve(relativePath, pointer).Then(path => Writer.WriteText(path, content, pointer).Map(_ => path));
}
