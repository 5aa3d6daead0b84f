namespace ModuleGen.Core.Audit;

/// <summary>Counts findings by severity.</summary>
public sealed record AuditCounts(int Error, int Warning, int Info, int Total)
{
    public static AuditCounts Of(IReadOnlyCollection<Finding> findings) => new(
        findings.Count(f => f.Severity == Severity.Error),
        findings.Count(f => f.Severity == Severity.Warning),
        findings.Count(f => f.Severity == Severity.Info),
        findings.Count);

    /// <summary>Tells whether any finding is at or above <paramref name="threshold"/>.</summary>
    public bool AnyAtOrAbove(Severity threshold) => threshold switch
    {
        Severity.Error => Error > 0,
        Severity.Warning => Error + Warning > 0,
        _ => Total > 0,
    };
}
