using System.Text.Json;
using ModuleGen.Core.Common;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Audit.Reports;

/// <summary>Decides whether an audit report may be written to a path: only to a new file, or over a file that an
/// earlier ModuleGen report created (recognised by its content); never under <c>.git/</c> or <c>.modulegen/</c>, never
/// onto a registry, configuration, plan, run log, answers or call log file, whatever it holds.</summary>
internal static class ReportTarget
{
    private const long MaxReportBytes = 64L * 1024 * 1024;

    private static readonly HashSet<string> s_protectedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "modulegen.yaml", "modulegen.yml", "workspace.yaml", "workspace.yml", "dg.toml", "pyproject.toml", "package.json",
        ".modulegen-answers.yaml", ".gitignore", ".gitattributes", "TASKS.md", "CHANGELOG.md",
    };

    public static ToolError? Refusal(ModuleGenWorkspace workspace, WorkspacePath path)
    {
        var relative = path.RelativePath;
        var segments = relative.Split('/');
        var name = segments[^1];
        var config = workspace.Config;
        var protectedFolders = new[] { config.Paths.Plans, config.Paths.RunLogs, config.Paths.BrickDocs, config.Logging.Directory, config.Docs.Folder }
            .Select(f => f.Trim('/')).Where(f => f.Length > 0);
        if (segments.Any(s => s.Equals(".git", StringComparison.OrdinalIgnoreCase) || s.Equals(".modulegen", StringComparison.OrdinalIgnoreCase))
            || s_protectedNames.Contains(name)
            || config.Registry.Files.Any(f => string.Equals(f.Trim('/'), relative, StringComparison.Ordinal))
            || protectedFolders.Any(f => relative.StartsWith(f + "/", StringComparison.Ordinal))
            || name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            return Refuse(relative, "it is a configuration, registry, plan, log, answers or version-control file (or inside such a folder)");
        }

        var facts = workspace.Writer.Files.Stat(relative);
        return facts.Kind switch
        {
            EntryKind.Missing => null,
            EntryKind.File when IsOwnReport(workspace, relative) => null,
            EntryKind.File => Refuse(relative, "the file exists and is not an earlier ModuleGen audit report"),
            _ => Refuse(relative, "it is not a regular file"),
        };
    }

    /// <summary>Recognises the three report formats ModuleGen writes: its Markdown heading, a SARIF log whose tool is
    /// ModuleGen, or the JSON audit result.</summary>
    private static bool IsOwnReport(ModuleGenWorkspace workspace, string relative)
    {
        byte[] bytes;
        try
        {
            bytes = workspace.Writer.Files.ReadAll(relative, MaxReportBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        if (bytes.AsSpan().StartsWith("# ModuleGen audit\n"u8))
        {
            return true;
        }

        try
        {
            using var json = JsonDocument.Parse(bytes);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            var sarif = root.TryGetProperty("runs", out var runs) && runs.ValueKind == JsonValueKind.Array && runs.GetArrayLength() > 0
                && runs[0].TryGetProperty("tool", out var tool) && tool.TryGetProperty("driver", out var driver)
                && driver.TryGetProperty("name", out var driverName) && driverName.ValueEquals("ModuleGen");
            return sarif || (root.TryGetProperty("findings", out _) && root.TryGetProperty("counts", out _) && root.TryGetProperty("modules", out _));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static ToolError Refuse(string relative, string why) =>
        ToolError.Create(ErrorCodes.ReportPathRefused, "/report_path", $"The report is not written to '{relative}': {why}.",
            "Choose a new file name for the report, e.g. 'audit-report.md' (an earlier ModuleGen report may be replaced).").WithFound(relative);
}
