using ModuleGen.Core.Templates;

namespace ModuleGen.Core.Tests.Templates;

/// <summary>The built-in templates are found beside the program (published build, tool package) or, for a wheel that
/// pip, uv or pipx installed, in share/modulegen/templates one folder above the scripts folder.</summary>
public sealed class BuiltInTemplateRootTests : IDisposable
{
    private readonly string _prefix = Directory.CreateTempSubdirectory("modulegen-prefix-").FullName;

    [Theory]
    [InlineData(new[] { "bin/templates", "share/modulegen/templates" }, "bin/templates")]
    [InlineData(new[] { "share/modulegen/templates" }, "share/modulegen/templates")]
    [InlineData(new string[0], "bin/templates")]
    public void Find_PrefersTemplatesBesideTheProgram_ThenTheInstalledShareFolder(string[] present, string expected)
    {
        foreach (var folder in present)
        {
            Directory.CreateDirectory(Path.Join(_prefix, folder));
        }

        BuiltInTemplateRoot.Find(Path.Join(_prefix, "bin")).Should().Be(Path.GetFullPath(Path.Join(_prefix, expected)));
    }

    [Fact]
    public void Current_IsTheTemplatesFolderCopiedBesideTheTests()
    {
        BuiltInTemplateRoot.Current.Should().Be(Path.Join(AppContext.BaseDirectory, "templates"));
        PackCatalogueOptions.Default.BuiltInDirectory.Should().Be(Path.Join(BuiltInTemplateRoot.Current, "packs"));
    }

    public void Dispose() => Directory.Delete(_prefix, recursive: true);
}
