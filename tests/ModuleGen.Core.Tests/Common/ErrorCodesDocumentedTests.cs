using ModuleGen.Core.Common;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.Common;

public sealed class ErrorCodesDocumentedTests
{
    [Fact]
    public void EveryErrorCode_HasARowInDocsErrors()
    {
        var docs = File.ReadAllText(Path.Join(RepositoryPaths.Root, "docs", "errors.md"));

        ErrorCodes.All.Where(code => !docs.Contains($"| `{code}` |", StringComparison.Ordinal)).Should().BeEmpty();
    }
}
