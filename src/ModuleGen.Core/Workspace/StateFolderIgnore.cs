namespace ModuleGen.Core.Workspace;

/// <summary>Keeps ModuleGen's local state out of version control: <c>.modulegen/</c> (logs, scaffold staging, registry
/// backups) carries its own .gitignore, written once, so no call — a dry run or a read-only one included — leaves an
/// untracked folder in <c>git status</c>. The file ignores itself and everything beside it except
/// <c>.modulegen/templates/</c>, the workspace's own packs and prompt overrides, which are meant to be committed.</summary>
public static class StateFolderIgnore
{
    public const string Folder = ".modulegen";

    public const string Text =
        "# Written by ModuleGen: its logs, scaffold staging and registry backups are local state, never committed.\n" +
        "# Commit .modulegen/templates/ (the workspace's own packs and prompt overrides) when there is one.\n" +
        "# Answers files (<module>/.modulegen-answers.yaml) and stored plans (paths.plans) live outside this folder: commit them.\n" +
        "/*\n" +
        "!/templates/\n";

    /// <summary>Writes <c>.modulegen/.gitignore</c> when it is missing; a file already there (the user's own) is kept.
    /// Best effort: a workspace where it cannot be written still works, it only shows up in git status.</summary>
    public static void Ensure(ModuleGenWorkspace workspace)
    {
        var path = workspace.Guard.Resolve($"{Folder}/.gitignore", "");
        if (path.IsOk && !File.Exists(path.Value.FullPath) && !Directory.Exists(path.Value.FullPath))
        {
            _ = workspace.Writer.WriteText(path.Value, Text);
        }
    }

    /// <summary>Tells whether ModuleGen will put something under <c>.modulegen/</c> on every call (its logs live there).</summary>
    public static bool LogsInside(ModuleGenWorkspace workspace) =>
        (workspace.Config.Logging.File || workspace.Config.Logging.CallLog) &&
        (workspace.Config.Logging.Directory == Folder || workspace.Config.Logging.Directory.StartsWith(Folder + "/", StringComparison.Ordinal));
}
