namespace ModuleGen.Core.Execution;

/// <summary>Asks to record the outcome of one step of one brick.</summary>
/// <param name="Module">The module name.</param>
/// <param name="Brick">The (qualified) brick name, as next_steps lists it.</param>
/// <param name="Step">specs, scaffold, implement or verify.</param>
/// <param name="Status">done, failed, skipped, or pending to reopen the step.</param>
/// <param name="Note">What happened; at most <see cref="Recipe.MaxNoteLength"/> characters.</param>
public sealed record RecordStepRequest(string? Module, string? Brick, string? Step, string? Status, string? Note);
