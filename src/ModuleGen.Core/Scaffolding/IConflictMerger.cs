namespace ModuleGen.Core.Scaffolding;

/// <summary>Merges a file that exists with what a pack renders for it, for on_conflict=merge; implemented by the
/// updating capability's line merge.</summary>
public interface IConflictMerger
{
    /// <summary>Returns the merged text and how many conflicts it marks (both sides kept between markers).</summary>
    (string Text, int Conflicts) Merge(string existing, string rendered, string renderedLabel);
}
