using ModuleGen.Core.Audit;

namespace ModuleGen.Core.SpecDocs;

/// <summary>Counts findings by severity.</summary>
public sealed record FindingCounts(int Errors, int Warnings, int Infos, int Total)
{
    /// <summary>Counts a list of findings.</summary>
    public static FindingCounts Of(IReadOnlyList<Finding> findings) =>
        new(findings.Count(f => f.Severity == Severity.Error), findings.Count(f => f.Severity == Severity.Warning), findings.Count(f => f.Severity == Severity.Info), findings.Count);
}
