using System.Security.Cryptography;
using System.Text;

namespace ModuleGen.Tests.Shared;

/// <summary>Creates a real temporary workspace folder (containment, links and renames need a real file system),
/// writes fixture files into it, hashes its tree to prove that nothing changed, and deletes it afterwards.</summary>
public sealed class TempWorkspace : IDisposable
{
    public TempWorkspace()
    {
        Parent = Directory.CreateTempSubdirectory("modulegen-test-").FullName;
        Root = Path.Join(Parent, "ws");
        Outside = Path.Join(Parent, "outside");
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(Outside);
    }

    /// <summary>Gets the workspace root.</summary>
    public string Root { get; }

    /// <summary>Gets a sibling folder outside the workspace, for symlink-escape fixtures.</summary>
    public string Outside { get; }

    private string Parent { get; }

    /// <summary>Writes a file (LF text) at a workspace-relative path, creating folders.</summary>
    public string Write(string relativePath, string content)
    {
        var path = Path.Join(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Creates a symbolic link inside the workspace pointing at <paramref name="target"/>.</summary>
    public void Link(string relativePath, string target)
    {
        var path = Path.Join(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
    }

    public bool Exists(string relativePath) => Path.Exists(Path.Join(Root, relativePath));

    public string Read(string relativePath) => File.ReadAllText(Path.Join(Root, relativePath));

    /// <summary>Hashes every path, link target and file content under the root and the outside folder, in ordinal
    /// order, with each file's permission bits; folders named in <paramref name="ignore"/> (workspace-relative, e.g. the
    /// call log folder) and the folders above them are left out, and so are the lock files every writing call creates.</summary>
    public string TreeHash(params string[] ignore)
    {
        ignore = [.. ignore, ".modulegen/locks"];
        var text = new StringBuilder();
        foreach (var top in new[] { Root, Outside })
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(top, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
                         .Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(Parent, entry).Replace('\\', '/');
                if (ignore.Any(i => relative.StartsWith("ws/" + i, StringComparison.Ordinal) || ("ws/" + i).StartsWith(relative + "/", StringComparison.Ordinal)))
                {
                    continue;
                }

                var info = new FileInfo(entry);
                text.Append(relative).Append('|');
                if (info.LinkTarget is { } link)
                {
                    text.Append("link:").Append(link);
                }
                else if (info.Exists)
                {
                    text.Append(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry))));
                    if (!OperatingSystem.IsWindows())
                    {
                        text.Append('|').Append(Convert.ToString((int)File.GetUnixFileMode(entry), 8));
                    }
                }

                text.Append('\n');
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Parent, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the OS cleans it.
        }
    }
}
