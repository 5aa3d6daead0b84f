using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Scaffolding;

/// <summary>Holds everything a scaffold would do, computed before anything is written.</summary>
/// <param name="Changes">One entry per generated file and per injection, in manifest order.</param>
/// <param name="Writes">The files to write (each once, with its final content).</param>
/// <param name="FileHashes">Target-relative path → hash of the generated content, for the answers file.</param>
/// <param name="Injections">The injected blocks, for the answers file.</param>
internal sealed record ChangeSet(
    IReadOnlyList<PlannedChange> Changes,
    IReadOnlyList<PendingWrite> Writes,
    IReadOnlyList<KeyValuePair<string, string>> FileHashes,
    IReadOnlyList<AnswersInjection> Injections)
{
    /// <summary>Gets what the injections could not do themselves (a compose service to add, an entry to add by hand).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
