namespace ModuleGen.Core.SpecDocs.Model;

/// <summary>Holds what every document contributes to the ID graph: the IDs it defines, the IDs it cites, the
/// ID-like tokens it got wrong, and its phase headings.</summary>
/// <param name="Kind">Which standard document this is.</param>
/// <param name="File">The workspace-relative file (the name as found, e.g. <c>1_INTENT_DESIGN.md</c>).</param>
/// <param name="Definitions">IDs this document defines (requirement, scenario and task headings; phase headings of the design).</param>
/// <param name="References">Every other ID occurrence.</param>
/// <param name="Malformed">ID-like tokens that break the formats.</param>
/// <param name="Phases">Phase headings: definitions in a design document, sections elsewhere.</param>
/// <param name="FirstHeadingLine">The line of the first heading, or 1; where document-level findings point.</param>
public sealed record SpecDocument(
    SpecDocumentKind Kind,
    string File,
    IReadOnlyList<IdOccurrence> Definitions,
    IReadOnlyList<IdOccurrence> References,
    IReadOnlyList<MalformedId> Malformed,
    IReadOnlyList<PhaseSection> Phases,
    int FirstHeadingLine)
{
    /// <summary>Gets the template placeholders left in the document (<c>REQ-N</c>, <c>SCEN-{MODULE}-01</c>).</summary>
    public IReadOnlyList<Placeholder> Placeholders { get; init; } = [];

    /// <summary>Gets whether the document says anything: false when it is empty or holds only headings and placeholders.</summary>
    public bool HasContent { get; init; } = true;
}
