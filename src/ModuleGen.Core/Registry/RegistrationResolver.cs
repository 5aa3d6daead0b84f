using ModuleGen.Core.Common;
using ModuleGen.Core.Markers;
using ModuleGen.Core.Modules;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Templates;

namespace ModuleGen.Core.Registry;

/// <summary>Works out how a generated module registers, from its answers file through its pack: the pack's injections
/// into registry files (the workspace add-on's load_from snippet) are rendered with the recorded variables, exactly as
/// the scaffold renders them, so a block the scaffold wrote is the block workspace_add would write.</summary>
internal sealed class RegistrationResolver(IReadOnlyList<IWorkspaceRegistry> kinds)
{
    public const string WorkspaceAddon = "workspace";

    /// <summary>Returns the module's plan, or null when its pack declares nothing to register.</summary>
    public Result<RegistrationPlan?> Resolve(ModuleModelSession session, GeneratedModule module) =>
        session.Context(module).Then(context =>
        {
            var blocks = new SortedDictionary<string, RegistryBlock>(StringComparer.Ordinal);
            var errors = new List<ToolError>();
            var injections = context.Pack.Manifest.Injections;
            for (var i = 0; i < injections.Count; i++)
            {
                var rendered = Render(context, injections[i], $"/injections/{i}");
                if (!rendered.IsOk)
                {
                    errors.AddRange(rendered.Errors);
                }
                else if (rendered.Value is { } found)
                {
                    blocks.TryAdd(found.File, found.Block);
                }
            }

            if (errors.Count > 0)
            {
                return Result<RegistrationPlan?>.Fail(errors);
            }

            if (blocks.Count == 0)
            {
                return Result<RegistrationPlan?>.Ok(null);
            }

            var (file, block) = blocks.First();
            var location = kinds.First(k => k.Handles(file)).ReadBlock(file, block.Content) is { IsOk: true } entries
                ? entries.Value.Select(e => e.LocationName).FirstOrDefault(n => n is not null)
                : null;
            var registration = new ModuleRegistration(module.Name, module.Folder, block.Id, location ?? block.Id, module.Answers.Addons.Contains(WorkspaceAddon, StringComparer.Ordinal));
            return Result<RegistrationPlan?>.Ok(new RegistrationPlan(registration, blocks));
        });

    // An injection into a registry file, whatever its condition: workspace_add is the explicit request to register.
    private Result<(string File, RegistryBlock Block)?> Render(ScaffoldContext context, PackInjection injection, string pointer)
    {
        if (injection.RelativeTo != "workspace")
        {
            return Result<(string, RegistryBlock)?>.Ok(null);
        }

        var target = DestinationRenderer.Render(context, injection.Target, injection.Location, "", $"{pointer}/target");
        if (!target.IsOk || !kinds.Any(k => k.Handles(target.Value.RelativePath)))
        {
            return target.IsOk ? Result<(string, RegistryBlock)?>.Ok(null) : Result<(string, RegistryBlock)?>.Fail(target.Errors);
        }

        var marker = context.Engine.Render(new TemplateSource(context.ManifestLabel, injection.Marker, injection.Location), context.Model);
        var snippet = context.Pack.ReadSource(injection.Snippet, $"{pointer}/snippet")
            .Then(t => context.Engine.Render(context.Pack.Template(injection.Snippet, t), context.Model));
        if (!marker.IsOk || !snippet.IsOk)
        {
            return Result<(string, RegistryBlock)?>.Fail(marker.Errors.Concat(snippet.Errors).ToArray());
        }

        var body = snippet.Value.Length == 0 || snippet.Value.EndsWith('\n') ? snippet.Value : snippet.Value + "\n";
        var comment = MarkerBlock.CommentFor(target.Value.RelativePath, injection.Comment) ?? "#";
        return Result<(string, RegistryBlock)?>.Ok((target.Value.RelativePath, new RegistryBlock(marker.Value, body, injection.Anchor, injection.Indent, comment)));
    }
}
