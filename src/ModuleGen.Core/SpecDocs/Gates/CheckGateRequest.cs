namespace ModuleGen.Core.SpecDocs.Gates;

/// <summary>Asks whether a set passes the gate of a workflow step (pipeline 1–5, step 5 with the phase it closes;
/// spec-kit 1–4; Kiro 1–3; OpenSpec 1–3 for the change the module names).</summary>
/// <param name="Module">The module name.</param>
/// <param name="Step">The workflow step, 1 to 5.</param>
/// <param name="Phase">The phase for step 5 (2 or more); steps 3 and 4 are phase 1.</param>
/// <param name="CoveragePath">A Cobertura or lcov report, for steps 4 and 5.</param>
/// <param name="Detail">List the conditions that hold too; by default they are only counted.</param>
public sealed record CheckGateRequest(string? Module, int? Step, int? Phase = null, string? CoveragePath = null, bool Detail = false);
