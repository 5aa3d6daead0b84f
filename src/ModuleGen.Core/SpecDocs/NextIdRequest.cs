namespace ModuleGen.Core.SpecDocs;

/// <summary>Asks for the next free ID of a kind in a set's documents: the pipeline's req, scen, task, phase; spec-kit's
/// fr, sc, us, task; Kiro's req, criterion, task; an OpenSpec change's task.</summary>
/// <param name="Module">The set's name (module, spec folder, or OpenSpec change).</param>
/// <param name="Kind">The kind, in the format's words.</param>
/// <param name="Parent">For a numbered sub-ID (Kiro criterion N.M, a task's N.M): the N it goes under.</param>
public sealed record NextIdRequest(string? Module, string? Kind, int? Parent = null);
