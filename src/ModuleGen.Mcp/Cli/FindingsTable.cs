using ModuleGen.Core.Audit;

namespace ModuleGen.Mcp.Cli;

/// <summary>Shows audit and spec-document findings the same way: severity, rule, where, what, and the fix.</summary>
internal static class FindingsTable
{
    public static void Write(CliConsole console, IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0)
        {
            CliOutput.Line(console, "No findings.");
            return;
        }

        CliOutput.Table(console, ["severity", "rule", "where", "finding", "fix"], findings.Select(f => (IReadOnlyList<string>)
        [
            f.Severity.ToString().ToLowerInvariant(),
            f.RuleId,
            f.File is null ? f.Module ?? "" : f.Line is { } line ? $"{f.File}:{line}" : f.File,
            f.Message,
            f.Recommendation,
        ]));
    }
}
