namespace ModuleGen.Core.SpecDocs;

/// <summary>Names the next free ID of a kind.</summary>
/// <param name="Module">The set's name.</param>
/// <param name="Kind">The kind asked for, in the format's words.</param>
/// <param name="Id">The next free ID as the format writes it, e.g. SCEN-OAGW-05, FR-012, T043, 4.3.</param>
/// <param name="Number">Its number (the M of N.M for a sub-ID).</param>
/// <param name="Width">The zero-padded width used, following the documents' style (2 for a pipeline kind with no ID yet).</param>
/// <param name="Used">How many distinct numbers of the kind (under the parent) the documents already use (defined or cited).</param>
public sealed record NextIdResult(string Module, string Kind, string Id, int Number, int Width, int Used)
{
    /// <summary>Gets the format whose numbering was followed.</summary>
    public string? Format { get; init; }
}
