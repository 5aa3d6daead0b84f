using System.ComponentModel;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Core.Common;
using ModuleGen.Core.Templates;

namespace ModuleGen.Mcp.Tools;

/// <summary>Exposes the Templates capability: which packs exist and what each one takes and generates.</summary>
[McpServerToolType]
internal sealed class TemplateTools(PackCatalogue catalogue)
{
    [McpServerTool(Name = "list_templates", Title = "List template packs", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(ListTemplatesResult))]
    [Description("Lists the template packs: name, version, origin, add-ons, and packs that failed to load.")]
    public CallToolResult ListTemplates() =>
        ToolResultMapper.Map(Result<ListTemplatesResult>.Ok(catalogue.ListAll()), r =>
            $"{r.Templates.Count} pack(s): {string.Join(", ", r.Templates.Select(t => $"{t.Name} {t.Version} ({t.Origin})"))}." +
            (r.Problems.Count > 0 ? $" {r.Problems.Count} problem(s) in packs that could not be loaded." : ""));

    [McpServerTool(Name = "describe_template", Title = "Describe a template pack", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(DescribeTemplateResult))]
    [Description("Describes a template pack: variables, add-ons, files, injections and checklist.")]
    public CallToolResult DescribeTemplate(
        [Description("Pack name, e.g. dagster-module.")] string template,
        [Description("true: add the helpers pack templates may call.")] bool detail = false) =>
        ToolResultMapper.Map(catalogue.Describe(template, detail), d =>
            $"{d.Name} {d.Version} ({d.Origin}): {DoubleQuoted.Of(Preview.Of(d.Description, 200))}. Variables: {string.Join(", ", d.Variables.Select(v => v.Required ? $"{v.Name} (required)" : v.Name))}. " +
            $"Add-ons: {(d.Addons.Count == 0 ? "none" : string.Join(", ", d.Addons.Select(a => a.Name)))}. {d.Files.Count} file(s), {d.Injections.Count} injection(s).");
}
