namespace ModuleGen.Core.SpecDocs.Model;

/// <summary>Holds one requirement: its defining heading, title, normative keywords and the IDs it cites.</summary>
/// <param name="Id">The defining occurrence (the heading).</param>
/// <param name="Title">The heading text after the ID.</param>
/// <param name="Keywords">The normative keywords used (MUST, SHALL, SHOULD, MAY), in order of first use.</param>
/// <param name="References">IDs cited in the heading and body.</param>
public sealed record Requirement(IdOccurrence Id, string Title, IReadOnlyList<string> Keywords, IReadOnlyList<IdOccurrence> References);
