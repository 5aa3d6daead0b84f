namespace ModuleGen.Core.SpecDocs.Model;

/// <summary>Holds one requirement (or a criterion below one, or a user story): its defining heading, title, normative
/// keywords and the IDs it cites.</summary>
/// <param name="Id">The defining occurrence (the heading, or the list item of a criterion).</param>
/// <param name="Title">The heading text after the ID.</param>
/// <param name="Keywords">The normative keywords used (MUST, SHALL, SHOULD, MAY), in order of first use.</param>
/// <param name="References">IDs cited in the heading and body.</param>
public sealed record Requirement(IdOccurrence Id, string Title, IReadOnlyList<string> Keywords, IReadOnlyList<IdOccurrence> References)
{
    /// <summary>Gets the requirement a criterion belongs to (Kiro "Requirement 1" for criterion 1.2); null for a top-level one.</summary>
    public SpecId? Parent { get; init; }

    /// <summary>Gets whether the text holds nothing but template placeholders (an unfilled skeleton).</summary>
    public bool IsPlaceholder { get; init; }
}
