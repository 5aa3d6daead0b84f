using System.Security.Cryptography;
using System.Text;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Templates;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Support;

/// <summary>A real temporary workspace folder with helpers to write files, open the workspace, scaffold, and hash the tree.</summary>
public sealed class TempWorkspace : IDisposable
{
    public TempWorkspace()
    {
        Root = Path.Join(Path.GetTempPath(), "modulegen-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Write(string relative, string content)
    {
        var path = Path.Join(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public string Read(string relative) => File.ReadAllText(Path.Join(Root, relative));

    public bool Exists(string relative) => File.Exists(Path.Join(Root, relative)) || Directory.Exists(Path.Join(Root, relative));

    public ModuleGenWorkspace Open(IWriteInterceptor? interceptor = null)
    {
        var opened = ModuleGenWorkspace.Open(Root, interceptor);
        opened.IsOk.Should().BeTrue(string.Join("; ", opened.Errors.Select(e => e.Message)));
        return opened.Value;
    }

    public ScaffoldService Scaffolder(IWriteInterceptor? interceptor = null, string? builtIn = null)
    {
        var workspace = Open(interceptor);
        return new ScaffoldService(workspace, Catalogue(workspace, builtIn), new HandlebarsTemplateEngine());
    }

    public static PackCatalogue Catalogue(ModuleGenWorkspace workspace, string? builtIn = null) =>
        new(workspace, builtIn is null ? PackCatalogueOptions.Default : new PackCatalogueOptions(builtIn));

    /// <summary>Hashes every file and folder under the root (paths, kinds and contents), so any change shows.</summary>
    public string TreeHash()
    {
        var text = new StringBuilder();
        foreach (var entry in Directory.EnumerateFileSystemEntries(Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(Root, entry).Replace('\\', '/');
            text.Append(Directory.Exists(entry) ? $"D {relative}\n" : $"F {relative} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry)))}\n");
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
