namespace ModuleGen.Core.Audit;

/// <summary>Applies modulegen.yaml's <c>audit.rules</c> to a catalogue: a rule may be turned off or re-graded.</summary>
public sealed class RuleSettings
{
    public const string Off = "off";

    private readonly IReadOnlyDictionary<string, string> _overrides;

    /// <summary>Creates settings from the configured map of rule id to off | info | warning | error.</summary>
    public RuleSettings(IReadOnlyDictionary<string, string> overrides)
    {
        _overrides = overrides;
    }

    /// <summary>Gets the accepted override values.</summary>
    public static IReadOnlyList<string> Values { get; } = [Off, "info", "warning", "error"];

    /// <summary>Returns the severity in force for a rule, or null when the rule is turned off.</summary>
    public Severity? SeverityOf(AuditRule rule) =>
        _overrides.TryGetValue(rule.Id, out var value)
            ? value switch
            {
                Off => null,
                "info" => Severity.Info,
                "warning" => Severity.Warning,
                _ => Severity.Error,
            }
            : rule.DefaultSeverity;

    /// <summary>Applies the settings to raw findings: drops those of disabled rules and re-grades those the settings
    /// re-grade; other findings keep their own severity (a pack checklist item carries the severity its pack gave it).</summary>
    public IReadOnlyList<Finding> Apply(IEnumerable<Finding> findings, RuleCatalogue catalogue) =>
        findings
            .Select(f => (Finding: f, Severity: catalogue.Find(f.RuleId) is { } rule && _overrides.ContainsKey(rule.Id) ? SeverityOf(rule) : f.Severity))
            .Where(x => x.Severity is not null)
            .Select(x => x.Finding with { Severity = x.Severity!.Value })
            .ToArray();
}
