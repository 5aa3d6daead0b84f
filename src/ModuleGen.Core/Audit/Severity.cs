namespace ModuleGen.Core.Audit;

/// <summary>Grades a finding; maps to SARIF levels error, warning and note.</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}
