namespace ModuleGen.Core.Workspace;

/// <summary>Keeps ModuleGen's local state out of version control: each folder of it (the logs folder, .modulegen/backups,
/// .modulegen/locks)
/// carries a .gitignore that ignores everything in it, itself included, written once — so no call, a dry run or a
/// read-only one included, leaves an untracked folder in <c>git status</c>. What is meant to be committed lives
/// elsewhere and is never ignored: .modulegen/templates/ (the workspace's own packs and prompt overrides), answers files
/// (<c>&lt;module&gt;/.modulegen-answers.yaml</c>) and stored plans (paths.plans).</summary>
public static class StateFolderIgnore
{
    public const string Text =
        "# Written by ModuleGen: this folder holds its local state (logs, backups); nothing in it is meant to be committed.\n" +
        "*\n";

    /// <summary>Writes <c>&lt;folder&gt;/.gitignore</c> when it is missing; a file already there (the user's own) is
    /// kept. Best effort: a workspace where it cannot be written still works, it only shows up in git status.</summary>
    public static void Ensure(ModuleGenWorkspace workspace, string folder)
    {
        var path = workspace.Guard.Resolve($"{folder.TrimEnd('/')}/.gitignore", "");
        if (path.IsOk && !File.Exists(path.Value.FullPath) && !Directory.Exists(path.Value.FullPath))
        {
            _ = workspace.Writer.WriteText(path.Value, Text);
        }
    }
}
