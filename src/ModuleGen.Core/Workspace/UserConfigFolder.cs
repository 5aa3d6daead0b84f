namespace ModuleGen.Core.Workspace;

/// <summary>Finds the user's own ModuleGen folder, outside any repository: <c>$XDG_CONFIG_HOME/modulegen</c> (an
/// absolute XDG_CONFIG_HOME only, as the XDG specification says), else <c>~/.config/modulegen</c> (on Windows
/// <c>%APPDATA%\modulegen</c>). It holds <c>config.yaml</c> (programs the user allows) and the user's own prompt
/// templates; a folder that lies inside the workspace is never used, since a repository must not configure itself.</summary>
public static class UserConfigFolder
{
    /// <summary>Returns the folder (whether or not it exists), or null without a home folder.</summary>
    public static string? Find(Func<string, string?> environment)
    {
        var folder = environment("XDG_CONFIG_HOME") is { Length: > 0 } xdg && Path.IsPathFullyQualified(xdg) ? xdg
            : OperatingSystem.IsWindows() ? environment("APPDATA")
            : environment("HOME") is { Length: > 0 } home ? Path.Join(home, ".config")
            : null;
        return folder is null ? null : Path.GetFullPath(Path.Join(folder, "modulegen"));
    }

    /// <summary>Tells whether <paramref name="path"/> (absolute) lies inside <paramref name="workspaceRoot"/>.</summary>
    public static bool IsInside(string path, string workspaceRoot)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(workspaceRoot));
        var full = Path.GetFullPath(path);
        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return string.Equals(full, root, comparison) || full.StartsWith(root + Path.DirectorySeparatorChar, comparison);
    }
}
