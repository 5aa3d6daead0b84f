using System.Text;

namespace ModuleGen.Core.Audit.Reports;

/// <summary>Renders an audit for people: counts, one table of every finding, a section per module, the rules that fired.</summary>
public static class MarkdownAuditReport
{
    public static string Render(AuditResult result, RuleCatalogue catalogue)
    {
        var md = new StringBuilder();
        var c = result.Counts;
        md.Append("# ModuleGen audit\n\n");
        md.Append($"{result.Modules.Count} module(s) audited: **{c.Error} error(s), {c.Warning} warning(s), {c.Info} info**.\n");
        if (c.Total == 0)
        {
            return md.Append("\nNo findings.\n").ToString();
        }

        md.Append("\n| severity | rule | module | location | message |\n| --- | --- | --- | --- | --- |\n");
        foreach (var f in result.Findings)
        {
            md.Append($"| {Level(f.Severity)} | {f.RuleId} | {Cell(f.Module ?? "(workspace)")} | {Cell(Where(f))} | {Cell(f.Message)} |\n");
        }

        foreach (var group in result.Findings.GroupBy(f => f.Module))
        {
            md.Append(group.Key is null ? "\n## Workspace\n\n" : $"\n## Module `{group.Key}`\n\n");
            foreach (var f in group)
            {
                md.Append($"- **{Level(f.Severity)}** {f.RuleId} {(f.File is null ? "" : $"`{Where(f)}` ")}— {f.Message} Fix: {f.Recommendation}\n");
            }
        }

        md.Append("\n## Rules that fired\n\n| rule | title | why it matters |\n| --- | --- | --- |\n");
        foreach (var rule in result.Findings.Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal).Select(catalogue.Find).OfType<AuditRule>())
        {
            md.Append($"| {rule.Id} | {Cell(rule.Title)} | {Cell(rule.Rationale)} |\n");
        }

        return md.ToString();
    }

    internal static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    private static string Where(Finding f) => f.File is null ? "" : f.Line is { } line ? $"{f.File}:{line}" : f.File;

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
