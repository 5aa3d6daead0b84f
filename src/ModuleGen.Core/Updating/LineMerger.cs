using ModuleGen.Core.Common;
using ModuleGen.Core.Scaffolding;

namespace ModuleGen.Core.Updating;

/// <summary>Merges a file that exists with a pack's render when there is no base to merge from (on_conflict=merge
/// adopting a hand-made module): the lines both texts share, in order, stand in for the base, so a line only one side
/// has is kept, and where both sides differ at one place both are kept between conflict markers, as update_module does.</summary>
public sealed class LineMerger : IConflictMerger
{
    /// <inheritdoc/>
    public (string Text, int Conflicts) Merge(string existing, string rendered, string renderedLabel)
    {
        var ours = TextLines.Split(existing);
        var removed = new HashSet<int>(LineDiff.Blocks(ours, TextLines.Split(rendered)).SelectMany(b => Enumerable.Range(b.OldStart, b.OldCount)));
        var shared = string.Concat(ours.Where((_, i) => !removed.Contains(i)));
        var merged = ThreeWayMerge.Merge(shared, existing, rendered, ConflictStyle.Inline, new ConflictLabels("yours", "shared lines", renderedLabel));
        return (merged.Text, merged.Conflicts.Count);
    }
}
