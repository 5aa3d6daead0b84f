using ModuleGen.Core.Registry.Toml;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.DgChecks;

/// <summary>Finds the dg project a folder belongs to: the folder itself or the nearest one above it (up to the
/// workspace root) whose <c>pyproject.toml</c> says <c>[tool.dg] directory_type = "project"</c>, or whose
/// <c>dg.toml</c> says <c>directory_type = "project"</c> or has a <c>[project]</c> table — what <c>dg</c> itself looks
/// for before it loads a project's definitions.</summary>
public static class DgProject
{
    private const long MaxBytes = 1024 * 1024;

    /// <summary>Returns the project folder enclosing <paramref name="folder"/>, or null when it is in no dg project.</summary>
    public static WorkspacePath? Enclosing(ModuleGenWorkspace workspace, WorkspacePath folder)
    {
        var relative = folder.RelativePath;
        while (true)
        {
            if (Declares(workspace, relative, "pyproject.toml", t => t.Name == "tool.dg" && t.Find("directory_type")?.Value is "project") ||
                Declares(workspace, relative, "dg.toml", t => (t.Name == "" && t.Find("directory_type")?.Value is "project") || t.Name == "project"))
            {
                return new WorkspacePath(relative.Length == 0 ? workspace.Guard.Root : Path.Join(workspace.Guard.Root, relative), relative);
            }

            if (relative.Length == 0)
            {
                return null;
            }

            var slash = relative.LastIndexOf('/');
            relative = slash < 0 ? "" : relative[..slash];
        }
    }

    private static bool Declares(ModuleGenWorkspace workspace, string folder, string name, Func<TomlTable, bool> says)
    {
        // Through the guard: a file that is a link leaving the workspace is not read.
        if (workspace.Guard.Resolve(folder.Length == 0 ? name : $"{folder}/{name}", "") is not { IsOk: true } file || !RegularFile.Exists(file.Value.FullPath))
        {
            return false;
        }

        try
        {
            return TomlReader.Read(RegularFile.ReadAllText(file.Value.FullPath, MaxBytes), name) is { IsOk: true } document &&
                   document.Value.Tables.Any(t => !t.IsArrayElement && says(t));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false; // unreadable: not a project ModuleGen can tell dg about (the audit reports unreadable files)
        }
    }
}
