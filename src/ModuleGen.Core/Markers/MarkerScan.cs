namespace ModuleGen.Core.Markers;

/// <summary>Lists the marker blocks of a text and the marker lines that do not form a block.</summary>
/// <param name="Regions">Complete blocks, in file order.</param>
/// <param name="Problems">Broken markers: a start without an end, an end without a start, a block inside another, or an id used twice.</param>
public sealed record MarkerScan(IReadOnlyList<MarkerRegion> Regions, IReadOnlyList<MarkerProblem> Problems)
{
    /// <summary>Returns the block with <paramref name="id"/>, or null.</summary>
    public MarkerRegion? Find(string id) => Regions.FirstOrDefault(r => r.Id == id);

    /// <summary>Returns the problems that concern <paramref name="id"/>.</summary>
    public IReadOnlyList<MarkerProblem> ProblemsOf(string id) => Problems.Where(p => p.Id == id).ToArray();
}
