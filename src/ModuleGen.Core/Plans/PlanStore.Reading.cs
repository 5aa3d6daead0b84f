using ModuleGen.Core.Common;

namespace ModuleGen.Core.Plans;

/// <summary>Reads stored plans: load_plan and list_plans.</summary>
public sealed partial class PlanStore
{
    public const string FormatJson = "json";
    public const string FormatMermaid = "mermaid";

    /// <summary>Loads a module's plan with its revision and, for format "mermaid", its dependency graph.</summary>
    public Result<LoadPlanResult> Load(LoadPlanRequest request)
    {
        var format = string.IsNullOrEmpty(request.Format) ? FormatJson : request.Format;
        if (format is not (FormatJson or FormatMermaid))
        {
            return ToolError.Create(ErrorCodes.ArgumentInvalid, "/format", $"Unknown format '{Preview.Of(format)}'.",
                "Use \"json\" (the default) or \"mermaid\" to add a dependency graph.").WithFound(format);
        }

        return LoadStored(request.Module).Map(stored => new LoadPlanResult(
            stored.Plan.Module,
            stored.Revision,
            stored.File.RelativePath,
            stored.Plan,
            format == FormatMermaid ? MermaidGraph.Render(stored.Plan.Bricks.Select(b => new MermaidNode(b.Name, b.Type, b.DependsOn ?? [])).ToArray()) : null));
    }

    /// <summary>Lists every &lt;module&gt;.json in the plans folder, ordered by module; files that no longer validate
    /// are listed with valid=false rather than hidden.</summary>
    public Result<ListPlansResult> List() => _files.Folder().Then(folder =>
    {
        if (!Directory.Exists(folder.FullPath))
        {
            return Result<ListPlansResult>.Ok(new ListPlansResult(folder.RelativePath, []));
        }

        string[] files;
        try
        {
            files = Directory.GetFiles(folder.FullPath, "*" + PlanFiles.Extension);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ToolError.Create(ErrorCodes.ReadFailed, "/config/paths/plans", $"Could not list '{folder.RelativePath}': {ex.Message}", "Check the folder's permissions.");
        }

        var entries = files
            .Select(f => Path.GetFileNameWithoutExtension(f))
            .Order(StringComparer.Ordinal)
            .Select(module => Entry(folder.RelativePath, module))
            .OfType<PlanListEntry>()
            .ToArray();
        return Result<ListPlansResult>.Ok(new ListPlansResult(folder.RelativePath, entries));
    });

    private PlanListEntry? Entry(string folder, string module)
    {
        var path = workspace.Guard.Resolve($"{folder}/{module}{PlanFiles.Extension}", "/config/paths/plans");
        if (!path.IsOk || new FileInfo(path.Value.FullPath).LinkTarget is not null)
        {
            return null;
        }

        var bytes = PlanFiles.ReadBounded(path.Value, "");
        if (!bytes.IsOk)
        {
            return new PlanListEntry(module, "", 0, path.Value.RelativePath, false);
        }

        var loaded = LoadFile(path.Value, module);
        var count = loaded.IsOk ? loaded.Value.Plan.Bricks.Count : 0;
        return new PlanListEntry(module, PlanRevision.Of(bytes.Value), count, path.Value.RelativePath, loaded.IsOk);
    }
}
