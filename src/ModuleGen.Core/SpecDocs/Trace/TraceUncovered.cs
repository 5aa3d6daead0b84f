namespace ModuleGen.Core.SpecDocs.Trace;

/// <summary>Lists the gaps in the trace: requirements no scenario cites, scenarios no task cites, scenarios no test cites.</summary>
public sealed record TraceUncovered(IReadOnlyList<string> RequirementsWithoutScenarios, IReadOnlyList<string> ScenariosWithoutTasks, IReadOnlyList<string> ScenariosWithoutTests);
