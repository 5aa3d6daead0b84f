using ModuleGen.Core.Scaffolding;

namespace ModuleGen.Mcp.Cli;

/// <summary>Prints a scaffold result for people: one line per file (created, injected, overwritten, skipped,
/// unchanged, conflict) with its reason where it helps, then the totals.</summary>
internal static class NewSummary
{
    private static readonly string[] s_order = ["create", "inject", "overwrite", "skip", "unchanged", "conflict"];

    public static void Print(TextWriter output, ScaffoldResult result, bool diffs, string workspaceRoot)
    {
        output.WriteLine($"Workspace: {workspaceRoot}");
        output.WriteLine($"{(result.DryRun ? "Dry run: " : "")}{result.Template} {result.Version} → {result.TargetDir}");
        foreach (var change in result.Changes)
        {
            var kind = change.Kind.ToString().ToLowerInvariant();
            var marker = change.Marker is { } m ? $" (block {m})" : "";
            var reason = change.Kind is ChangeKind.Skip or ChangeKind.Overwrite or ChangeKind.Conflict or ChangeKind.Merge ? $"  - {change.Reason}" : "";
            output.WriteLine($"  {Label(kind, result.DryRun),-16} {change.Path}{marker}{reason}");
            if (diffs && change.Diff is { } diff)
            {
                output.Write(diff);
            }
        }

        output.WriteLine("Summary: " + string.Join(", ", s_order.Where(k => result.Counts.GetValueOrDefault(k) > 0 || k is "create" or "unchanged")
            .Select(k => $"{result.Counts.GetValueOrDefault(k)} {Label(k, false)}")) + ".");
        output.WriteLine(result.Message);
    }

    private static string Label(string kind, bool dryRun) => (kind, dryRun) switch
    {
        ("create", false) => "created",
        ("inject", false) => "injected",
        ("overwrite", false) => "overwritten",
        ("skip", false) => "skipped",
        ("create", true) => "would create",
        ("inject", true) => "would inject",
        ("overwrite", true) => "would overwrite",
        ("skip", true) => "would skip",
        _ => kind,
    };
}
