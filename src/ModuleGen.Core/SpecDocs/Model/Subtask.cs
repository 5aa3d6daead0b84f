namespace ModuleGen.Core.SpecDocs.Model;

/// <summary>Holds one subtask bullet of a task: its <c>N.M</c> number, checkbox state, text and the IDs it cites.</summary>
/// <param name="Number">The number as written (<c>1.2</c>), or null when the bullet has none.</param>
/// <param name="Major">N of N.M.</param>
/// <param name="Minor">M of N.M.</param>
/// <param name="Checked">The checkbox state, or null when the bullet has no checkbox.</param>
/// <param name="Text">The bullet text after the checkbox.</param>
/// <param name="References">IDs cited in the bullet.</param>
/// <param name="Line">The bullet's 1-based line.</param>
public sealed record Subtask(string? Number, int? Major, int? Minor, bool? Checked, string Text, IReadOnlyList<IdOccurrence> References, int Line)
{
    /// <summary>Gets whether the subtask is marked optional (Kiro <c>- [ ]* 1.2</c>).</summary>
    public bool Optional { get; init; }

    /// <summary>Gets whether nested checkboxes under the subtask are all ticked (true when it has none).</summary>
    public bool NestedDone { get; init; } = true;
}
