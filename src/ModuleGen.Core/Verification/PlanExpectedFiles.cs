using ModuleGen.Core.Execution;

namespace ModuleGen.Core.Verification;

/// <summary>Reads a brick's expected files from the plan's <c>files</c> field.</summary>
public sealed class PlanExpectedFiles : IExpectedFilesSource
{
    /// <inheritdoc/>
    public IReadOnlyList<string>? ExpectedFiles(ExpandedBrick brick) => brick.Brick.Files;
}
