using ModuleGen.Core.SpecDocs.Model;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.SpecDocs.Prompts;

/// <summary>Builds the values a step template sees, as snake_case dictionaries and lists (what the templates read).</summary>
internal static class StepPromptModel
{
    public static IReadOnlyDictionary<string, object?> Build(ModuleDocs docs, int phase, CheckDocsResult? report, ModuleGenConfig config)
    {
        var names = docs.Names;
        var present = report?.Documents?.Select(d => d.Kind).ToHashSet() ?? [];
        var documents = SpecDocumentNames.All.Select(a => (object)new Dictionary<string, object?>
        {
            ["name"] = a.Stem + ".md",
            ["file"] = report?.Documents?.FirstOrDefault(d => d.Kind == a.Kind)?.File ?? $"{docs.Folder.RelativePath}/{a.Stem}.md",
            ["present"] = present.Contains(a.Kind),
        }).ToArray();
        var findings = (report?.Findings ?? []).Select(f => (object)new Dictionary<string, object?>
        {
            ["rule"] = f.RuleId,
            ["severity"] = f.Severity.ToString().ToLowerInvariant(),
            ["file"] = f.File,
            ["line"] = f.Line,
            ["message"] = f.Message,
            ["recommendation"] = f.Recommendation,
        }).ToArray();
        return new Dictionary<string, object?>
        {
            ["module"] = new Dictionary<string, object?>
            {
                ["input"] = names.Input, ["snake"] = names.Snake, ["kebab"] = names.Kebab, ["pascal"] = names.Pascal, ["camel"] = names.Camel,
            },
            ["prefix"] = docs.Prefix,
            ["docs_folder"] = docs.Folder.RelativePath,
            ["docs_folder_exists"] = report is not null,
            ["code_folder"] = docs.CodeFolder?.RelativePath,
            ["global_requirements"] = config.Docs.GlobalRequirements,
            ["coverage_threshold"] = config.Docs.CoverageThreshold,
            ["phase"] = phase,
            ["next_phase"] = phase + 1,
            ["step"] = report?.Step,
            ["documents"] = documents,
            ["existing_docs"] = documents.Cast<Dictionary<string, object?>>().Where(d => d["present"] is true).Select(d => (object?)d["file"]).ToArray(),
            ["findings"] = findings,
            ["has_findings"] = findings.Length > 0,
            ["error_count"] = report?.Counts.Errors ?? 0,
            ["warning_count"] = report?.Counts.Warnings ?? 0,
        };
    }
}
