namespace ModuleGen.Core.Context;

/// <summary>Lists the files of a workspace walk in ordinal order, and whether the file budget cut it short.</summary>
/// <param name="Files">Workspace-relative paths with '/' separators, sorted ordinally.</param>
/// <param name="FileBudget">The configured limit.</param>
/// <param name="StoppedEarly">True when the limit cut the walk short.</param>
public sealed record WorkspaceScan(IReadOnlyList<string> Files, int FileBudget, bool StoppedEarly)
{
    /// <summary>Returns the files whose name (last segment) satisfies <paramref name="predicate"/>.</summary>
    public IEnumerable<string> Named(Func<string, bool> predicate) =>
        Files.Where(f => predicate(f[(f.LastIndexOf('/') + 1)..]));
}
