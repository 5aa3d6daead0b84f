using ModuleGen.Core.Common;

namespace ModuleGen.Core.Workspace;

/// <summary>Knows the folders no tool writes into, whatever its arguments or a pack say: version-control folders
/// (<c>.git/</c> — where a hook is code that runs at the next commit — and those of Mercurial, Subversion, Bazaar,
/// darcs, CVS, Jujutsu and Pijul), anywhere in a path, since a nested one is a repository too; and, for everything a
/// pack renders, ModuleGen's own state folder <c>.modulegen/</c> (a pack writing its templates/ would rewrite the next
/// pack loaded).</summary>
public static class ReservedFolders
{
    /// <summary>ModuleGen's state folder at the workspace root.</summary>
    public const string StateFolder = ".modulegen";

    private static readonly HashSet<string> s_versionControl = new(StringComparer.OrdinalIgnoreCase)
    {
        ".git", ".hg", ".svn", ".bzr", "_darcs", "CVS", ".jj", ".pijul",
    };

    /// <summary>Returns the first version-control folder a '/'-separated path goes into (or is), or null.</summary>
    public static string? VersionControlIn(string relative) =>
        relative.Split('/').FirstOrDefault(s_versionControl.Contains);

    /// <summary>Returns the reserved folder a rendered pack path goes into — version control anywhere, .modulegen at
    /// the root — or null.</summary>
    public static string? ForPackOutput(string relative) =>
        VersionControlIn(relative) ?? (relative == StateFolder || relative.StartsWith(StateFolder + "/", StringComparison.Ordinal) ? StateFolder : null);

    /// <summary>Returns the refusal for writing <paramref name="relative"/> when it is inside a version-control folder.</summary>
    public static ToolError? Refusal(string relative, string pointer) => VersionControlIn(relative) is { } folder
        ? ToolError.Create(ErrorCodes.PathReservedFolder, pointer, $"'{Preview.Of(relative)}' is inside '{folder}/', a version-control folder; ModuleGen never writes there.",
            "Choose a path outside version-control folders.").WithFound(relative)
        : null;
}
