using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.DgChecks;

/// <summary>Chooses how dg runs for a project without installing or syncing anything: <c>dg</c> found on PATH, else
/// <c>uv run --frozen --no-sync dg</c> when <c>uv</c> is on PATH and the project already has an environment holding dg
/// (a <c>.venv</c> in the project folder or a folder above it, inside the workspace). Otherwise it says why dg cannot
/// run, and what the user can do.</summary>
/// <remarks>Only absolute PATH entries are searched: an empty or relative entry would mean the current folder, which
/// is the repository. The environment ModuleGen adds keeps the run from writing or fetching: no bytecode files beside
/// the sources, no lock file update, sync or download by any uv that dg starts itself, no telemetry, no colour codes.</remarks>
internal static class DgLauncher
{
    /// <summary>What every dg run gets on top of the inherited environment.</summary>
    public static IReadOnlyDictionary<string, string> Environment { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["PYTHONDONTWRITEBYTECODE"] = "1",
        ["UV_FROZEN"] = "1",
        ["UV_NO_SYNC"] = "1",
        ["UV_OFFLINE"] = "1",
        ["DAGSTER_DISABLE_TELEMETRY"] = "1",
        ["NO_COLOR"] = "1",
    };

    /// <summary>Returns how to run dg for <paramref name="project"/>, or why it cannot run.</summary>
    public static (Launch? Launch, string? WhyNot) For(ModuleGenWorkspace workspace, WorkspacePath project, string? searchPath)
    {
        if (FindOnPath("dg", searchPath) is { } dg)
        {
            return (new Launch(dg, [], Environment, "dg", "dg on PATH"), null);
        }

        if (FindOnPath("uv", searchPath) is not { } uv)
        {
            return (null, "neither dg nor uv is on PATH (install dg with `uv tool install dagster-dg-cli`, or add it to the project's dependencies)");
        }

        if (ProjectEnvironment(workspace, project) is not { } venv)
        {
            return (null, "uv is on PATH but the project has no environment (.venv) yet, and ModuleGen never creates or syncs one (run `uv sync` in the project yourself)");
        }

        var relative = Path.GetRelativePath(workspace.Guard.Root, venv).Replace('\\', '/');
        if (!IsExecutable(Path.Join(venv, OperatingSystem.IsWindows() ? "Scripts/dg.exe" : "bin/dg")))
        {
            return (null, $"the project environment {relative} has no dg (add dagster-dg-cli to the project's dev dependencies and run `uv sync` yourself)");
        }

        var environment = new Dictionary<string, string>(Environment, StringComparer.Ordinal) { ["UV_PROJECT_ENVIRONMENT"] = venv };
        return (new Launch(uv, ["run", "--frozen", "--no-sync", "dg"], environment, "uv run --frozen --no-sync dg", $"environment {relative}"), null);
    }

    private static string? FindOnPath(string name, string? searchPath)
    {
        var file = OperatingSystem.IsWindows() ? name + ".exe" : name;
        return (searchPath ?? "").Split(Path.PathSeparator)
            .Where(folder => folder.Length > 0 && Path.IsPathFullyQualified(folder))
            .Select(folder => Path.Join(folder, file))
            .FirstOrDefault(IsExecutable);
    }

    // The nearest .venv (with its pyvenv.cfg) from the project folder up to the workspace root.
    private static string? ProjectEnvironment(ModuleGenWorkspace workspace, WorkspacePath project)
    {
        for (var folder = project.FullPath; workspace.Guard.IsInsideRoot(folder); folder = Path.GetDirectoryName(folder)!)
        {
            if (File.Exists(Path.Join(folder, ".venv", "pyvenv.cfg")))
            {
                return Path.Join(folder, ".venv");
            }

            if (folder.Length <= workspace.Guard.Root.Length)
            {
                break;
            }
        }

        return null;
    }

    private static bool IsExecutable(string path) =>
        File.Exists(path) && (OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0);

    /// <summary>Says how to start dg: the executable, the arguments before dg's own, the environment, and how to name it.</summary>
    /// <param name="FileName">Absolute path of dg or uv.</param>
    /// <param name="Prefix">Arguments before dg's own (<c>run --frozen --no-sync dg</c> for uv).</param>
    /// <param name="Environment">Variables set for the run.</param>
    /// <param name="Shown">The command as a person would type it, without dg's own arguments.</param>
    /// <param name="Via">Where dg was found, in a few words.</param>
    public sealed record Launch(string FileName, IReadOnlyList<string> Prefix, IReadOnlyDictionary<string, string> Environment, string Shown, string Via);
}
