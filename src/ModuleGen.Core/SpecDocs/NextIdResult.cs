namespace ModuleGen.Core.SpecDocs;

/// <summary>Names the next free ID of a kind.</summary>
/// <param name="Module">The module's snake_case name.</param>
/// <param name="Kind">req, scen, task or phase.</param>
/// <param name="Id">The next free ID, e.g. SCEN-OAGW-05.</param>
/// <param name="Number">Its number.</param>
/// <param name="Width">The zero-padded width used, following the documents' style (2 when there is no ID yet).</param>
/// <param name="Used">How many distinct numbers of the kind the documents already use (defined or cited).</param>
public sealed record NextIdResult(string Module, string Kind, string Id, int Number, int Width, int Used);
