using ModuleGen.Core.Common;

namespace ModuleGen.Core.Tests.Conventions;

public sealed class ConventionTests
{
    [Fact]
    public void Core_ReferencesNoMcpOrHostingAssembly()
    {
        var references = typeof(Result<>).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "");

        references.Should().NotContain(n => n.StartsWith("ModelContextProtocol", StringComparison.Ordinal) ||
                                            n.StartsWith("Microsoft.Extensions.Hosting", StringComparison.Ordinal) ||
                                            n.StartsWith("System.CommandLine", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryErrorCode_IsDocumented()
    {
        var documented = File.ReadAllText(Path.Join(RepoPaths.Root, "docs", "errors.md"));

        ErrorCodes.All.Should().NotBeEmpty();
        ErrorCodes.All.Where(code => !documented.Contains($"`{code}`", StringComparison.Ordinal))
            .Should().BeEmpty("every code in ErrorCodes needs a row in docs/errors.md");
    }

    [Fact]
    public void CorePublicTypes_AreSealedOrAbstractOrStatic()
    {
        var open = typeof(Result<>).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !t.Name.StartsWith('<'))
            .Select(t => t.FullName);

        open.Should().BeEmpty();
    }
}
