using System.Text.Json;

namespace ModuleGen.Mcp.Cli;

/// <summary>Prints a scaffold result for people: one line per file (created, injected, overwritten, skipped,
/// unchanged, conflict) with its reason where it helps, then the totals.</summary>
internal static class NewSummary
{
    private static readonly string[] s_order = ["create", "inject", "overwrite", "skip", "unchanged", "conflict"];

    public static void Print(TextWriter output, JsonElement result, bool diffs, string workspaceRoot)
    {
        var dryRun = result.GetProperty("dry_run").GetBoolean();
        output.WriteLine($"Workspace: {workspaceRoot}");
        output.WriteLine($"{(dryRun ? "Dry run: " : "")}{result.GetProperty("template").GetString()} {result.GetProperty("version").GetString()} → {result.GetProperty("target_dir").GetString()}");
        foreach (var change in result.GetProperty("changes").EnumerateArray())
        {
            var kind = change.GetProperty("kind").GetString()!;
            var marker = change.TryGetProperty("marker", out var m) ? $" (block {m.GetString()})" : "";
            var reason = kind is "skip" or "overwrite" or "conflict" ? $"  - {change.GetProperty("reason").GetString()}" : "";
            output.WriteLine($"  {Label(kind, dryRun),-16} {change.GetProperty("path").GetString()}{marker}{reason}");
            if (diffs && change.TryGetProperty("diff", out var diff))
            {
                output.Write(diff.GetString());
            }
        }

        var counts = result.GetProperty("counts");
        output.WriteLine("Summary: " + string.Join(", ", s_order.Where(k => counts.GetProperty(k).GetInt32() > 0 || k is "create" or "unchanged")
            .Select(k => $"{counts.GetProperty(k).GetInt32()} {Label(k, false)}")) + ".");
        output.WriteLine(result.GetProperty("message").GetString());
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
