namespace ModuleGen.Core.SpecDocs.Model;

/// <summary>Holds one scenario: its defining heading, the phase section it sits in, its steps and the IDs it cites.</summary>
/// <param name="Id">The defining occurrence (the heading, or the list item of a spec-kit acceptance scenario).</param>
/// <param name="Title">The heading text after the ID.</param>
/// <param name="Section">The phase section the scenario sits in, if the document has phase sections.</param>
/// <param name="Steps">The GIVEN/WHEN/THEN/AND steps.</param>
/// <param name="References">IDs cited in the heading and bullets.</param>
public sealed record Scenario(IdOccurrence Id, string Title, PhaseSection? Section, IReadOnlyList<ScenarioStep> Steps, IReadOnlyList<IdOccurrence> References)
{
    /// <summary>Gets the requirement or user story the scenario sits under (OpenSpec, spec-kit); null when it cites instead.</summary>
    public SpecId? Parent { get; init; }
}
