namespace ModuleGen.Core.SpecDocs.Gates;

/// <summary>Answers a gate: passed or not, every condition checked, and the reasons it failed.</summary>
/// <param name="Module">The set's name (the module, the spec folder, or the OpenSpec change).</param>
/// <param name="Step">The step checked.</param>
/// <param name="Phase">The phase checked (steps 3–5).</param>
/// <param name="Passed">True when every condition holds.</param>
/// <param name="Checks">The conditions that fail, in order (every condition when asked for detail).</param>
/// <param name="Reasons">The details of the failed conditions.</param>
/// <param name="Coverage">The coverage read, when a report was given.</param>
public sealed record CheckGateResult(string Module, int Step, int? Phase, bool Passed, IReadOnlyList<GateCheck> Checks, IReadOnlyList<string> Reasons, CoverageSummary? Coverage)
{
    /// <summary>Gets the step's name in the format's workflow (specify, plan …); null for the module pipeline.</summary>
    public string? StepName { get; init; }

    /// <summary>Gets how many conditions were checked.</summary>
    public int ChecksTotal { get; init; }

    /// <summary>Gets how many of them hold.</summary>
    public int ChecksPassed { get; init; }
}
