using ModuleGen.Core.Common;
using ModuleGen.Core.Templates;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Scaffolding;

/// <summary>Renders a destination path template segment by segment, so a variable value can never add or climb a folder:
/// a rendered segment that is empty, "." or "..", or that holds '/' or '\', is refused and blamed on the variable
/// that put it there; the joined path then goes through the workspace's path guard.</summary>
internal static class DestinationRenderer
{
    public static Result<WorkspacePath> Render(ScaffoldContext context, string template, SourceLocation? origin, string baseRelative, string pointer)
    {
        var rendered = new List<string>();
        var errors = new List<ToolError>();
        foreach (var segment in template.Split('/'))
        {
            var source = new TemplateSource(context.ManifestLabel, segment, origin);
            var value = context.Engine.Render(source, context.Model);
            if (!value.IsOk)
            {
                errors.AddRange(value.Errors.Select(e => e.Pointer.Length == 0 ? ErrorPlacement.At(e, pointer) : e));
                continue;
            }

            if (value.Value.Length == 0 || value.Value is "." or ".." || value.Value.IndexOfAny(['/', '\\', '\0']) >= 0)
            {
                errors.AddRange(Blame(context, source, value.Value, template, pointer));
                continue;
            }

            rendered.Add(value.Value);
        }

        if (errors.Count > 0)
        {
            return Result<WorkspacePath>.Fail(errors);
        }

        var relative = string.Join('/', rendered);
        return context.Guard.Resolve(baseRelative.Length == 0 ? relative : $"{baseRelative}/{relative}", pointer).Then(path =>
            ReservedFolders.ForPackOutput(path.RelativePath) is { } folder
                ? ToolError.Create(ErrorCodes.PathReservedFolder, pointer, $"The destination '{Preview.Of(template)}' renders '{Preview.Of(path.RelativePath)}', inside '{folder}/'; a pack never writes into a version-control folder or ModuleGen's own state.",
                    "Choose another target folder, or fix the pack's destination.") with { Found = path.RelativePath, Location = origin }
                : Result<WorkspacePath>.Ok(path));
    }

    private static IEnumerable<ToolError> Blame(ScaffoldContext context, TemplateSource segment, string value, string template, string pointer)
    {
        var culprits = context.Engine.Check(segment, context.Model) is { IsOk: true } check
            ? check.Value.RootNames.Where(n => context.Model.GetValueOrDefault(n) is string s && (s.Length == 0 || s.Contains('/') || s.Contains('\\') || s.Contains("..", StringComparison.Ordinal) || s == ".")).ToArray()
            : [];
        if (culprits.Length == 0)
        {
            return [ToolError.Create(ErrorCodes.ScaffoldPathVariable, pointer, $"The destination '{Preview.Of(template)}' renders a path segment '{Preview.Of(value)}' that is empty, '.', '..' or holds a path separator.",
                "Fix the pack's destination template.").WithFound(value)];
        }

        return culprits.Select(name => ToolError.Create(ErrorCodes.ScaffoldPathVariable, $"/variables/{name}",
            $"The value of '{name}' ends up in the path '{Preview.Of(template)}' and would make the segment '{Preview.Of(value)}', which is empty, '.', '..' or holds a path separator.",
            $"Pass a value for '{name}' without '/', '\\' or '..'.").WithFound(context.Model[name] as string));
    }
}
