using System.Text.Json;
using ModuleGen.Core.Common;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Audit.Reports;

/// <summary>Decides whether an audit report may be written to a path: only to a new file, or over a file that an
/// earlier ModuleGen report created (recognised by its content); never under a version-control folder or
/// <c>.modulegen/</c>, never onto any file ModuleGen later reads as its own (registry, configuration, plan, run log,
/// answers file or base store of any pack, spec document, call log), whatever it holds.</summary>
internal static class ReportTarget
{
    private const long MaxReportBytes = 64L * 1024 * 1024;

    private static readonly HashSet<string> s_protectedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "modulegen.yaml", "modulegen.yml", "workspace.yaml", "workspace.yml", "dg.toml", "pyproject.toml", "package.json",
        ".modulegen-answers.yaml", ".gitignore", ".gitattributes", "TASKS.md", "CHANGELOG.md",
    };

    /// <summary>Returns why the report may not be written to <paramref name="path"/>, or null when it may.</summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="path">The report path, resolved.</param>
    /// <param name="requested">The path as the caller wrote it (a trailing '/' names a folder).</param>
    public static ToolError? Refusal(ModuleGenWorkspace workspace, WorkspacePath path, string? requested = null)
    {
        var relative = path.RelativePath;
        if (requested is not null && (requested.EndsWith('/') || requested.EndsWith('\\')))
        {
            return Refuse(relative, "it names a folder (it ends with '/'); a report is a file");
        }

        if (IsReadByModuleGen(workspace.Config, relative))
        {
            return Refuse(relative, "it is a configuration, registry, plan, log, answers or version-control file (or inside such a folder)");
        }

        EntryFacts facts;
        try
        {
            facts = workspace.Writer.Files.Stat(relative);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Refuse(relative, $"a folder on the way cannot be written through ({WorkspaceIOException.Describe(ex)})");
        }

        return facts.Kind switch
        {
            EntryKind.Missing => null,
            EntryKind.File when IsOwnReport(workspace, relative) => null,
            EntryKind.File => Refuse(relative, "the file exists and is not an earlier ModuleGen audit report"),
            EntryKind.Folder => Refuse(relative, "it is a folder; a report is a file"),
            _ => Refuse(relative, "it is not a regular file"),
        };
    }

    /// <summary>Tells whether ModuleGen reads the file as its own: its configuration, registries, answers files and base
    /// stores (of the first pack and of every further one), anything under the folders it keeps plans, run logs, brick
    /// documents, logs and spec documents in ({module} standing for any module), the global requirements, and every
    /// version-control or .modulegen folder.</summary>
    private static bool IsReadByModuleGen(ModuleGenConfig config, string relative)
    {
        var segments = relative.Split('/');
        var name = segments[^1];
        var folders = new[] { config.Paths.Plans, config.Paths.RunLogs, config.Paths.BrickDocs, config.Logging.Directory, config.Docs.Folder };
        return segments.Any(s => s.Equals(".modulegen", StringComparison.OrdinalIgnoreCase)) || ReservedFolders.VersionControlIn(relative) is not null
            || s_protectedNames.Contains(name)
            || (name.StartsWith(".modulegen-answers.", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
            || (name.StartsWith(".modulegen-base", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            || config.Registry.Files.Any(f => string.Equals(f.Trim('/'), relative, StringComparison.Ordinal))
            || string.Equals(config.Docs.GlobalRequirements.Trim('/'), relative, StringComparison.Ordinal)
            || folders.Select(f => f.Trim('/')).Where(f => f.Length > 0).Any(f => Below(relative, f))
            || name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);
    }

    // A folder setting may hold {module}: it then stands for every module's folder.
    private static bool Below(string relative, string folder) => folder.Contains("{module}", StringComparison.Ordinal)
        ? System.Text.RegularExpressions.Regex.IsMatch(relative, "^" + System.Text.RegularExpressions.Regex.Escape(folder).Replace(@"\{module}", "[^/]+", StringComparison.Ordinal) + "/",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))
        : relative.StartsWith(folder + "/", StringComparison.Ordinal);

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
