using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Support;

/// <summary>Injects a failed commit (an IOException between temp write and rename) for files whose path ends with
/// <see cref="FailOn"/>; null fails nothing.</summary>
public sealed class FailingCommit : IWriteInterceptor
{
    public string? FailOn { get; set; }

    public void BeforeCommit(WorkspacePath destination)
    {
        if (FailOn is not null && destination.RelativePath.EndsWith(FailOn, StringComparison.Ordinal))
        {
            throw new IOException("injected fault before rename");
        }
    }
}
