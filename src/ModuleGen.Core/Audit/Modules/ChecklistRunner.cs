using System.Text.RegularExpressions;
using ModuleGen.Core.Modules;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Templates;

namespace ModuleGen.Core.Audit.Modules;

/// <summary>Executes a pack's checklist against a module it generated: each item whose condition holds for the recorded
/// add-ons and variables checks that its path exists (or not), and that its must_match / must_not_match patterns —
/// templates over the same variables — do (or do not) match the file, reporting the line of an offending match.</summary>
internal static class ChecklistRunner
{
    public const int MaxBytes = 1 << 20;

    public static IEnumerable<Finding> Run(ScaffoldContext context, GeneratedModule module)
    {
        var items = context.Pack.Manifest.Checklist;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (!context.Holds(item.When))
            {
                continue;
            }

            var path = DestinationRenderer.Render(context, item.Path, item.Location, item.RelativeTo == "workspace" ? "" : module.Folder, $"/checklist/{i}/path");
            if (!path.IsOk)
            {
                yield return Fail(item, module, module.AnswersPath, null, $"its path '{item.Path}' cannot be rendered from the answers ({path.Errors[0].Message})");
                continue;
            }

            var file = path.Value.RelativePath;
            var exists = File.Exists(path.Value.FullPath) || Directory.Exists(path.Value.FullPath);
            if (!item.Exists)
            {
                if (exists)
                {
                    yield return Fail(item, module, file, null, $"'{file}' must not exist but does");
                }

                continue;
            }

            if (!exists)
            {
                yield return Fail(item, module, file, null, $"'{file}' is missing");
                continue;
            }

            if ((item.MustMatch ?? item.MustNotMatch) is null || Read(path.Value.FullPath) is not { } text)
            {
                continue;
            }

            if (Pattern(context, item, item.MustMatch) is { } must && !Matches(must, text, out _))
            {
                yield return Fail(item, module, file, null, $"'{file}' has no line matching {must}");
            }

            if (Pattern(context, item, item.MustNotMatch) is { } mustNot && Matches(mustNot, text, out var line))
            {
                yield return Fail(item, module, file, line, $"'{file}' matches {mustNot} at line {line}");
            }
        }
    }

    private static Regex? Pattern(ScaffoldContext context, ChecklistItem item, string? template)
    {
        if (template is null)
        {
            return null;
        }

        var rendered = context.Engine.Render(new TemplateSource(context.ManifestLabel, template, item.Location), context.Model);
        return rendered.IsOk ? new Regex(rendered.Value, RegexOptions.Multiline, TimeSpan.FromSeconds(1)) : null;
    }

    private static bool Matches(Regex pattern, string text, out int line)
    {
        line = 0;
        try
        {
            var match = pattern.Match(text);
            if (match.Success)
            {
                line = 1 + text.AsSpan(0, match.Index).Count('\n');
            }

            return match.Success;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static string? Read(string fullPath)
    {
        try
        {
            return new FileInfo(fullPath) is { Exists: true, Length: <= MaxBytes } ? File.ReadAllText(fullPath) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static Finding Fail(ChecklistItem item, GeneratedModule module, string file, int? line, string reason) =>
        new(ModuleRules.Checklist.Id, SeverityOf(item.Severity), $"Checklist item '{item.Id}' of pack '{module.Answers.Pack}' fails: {reason}.",
            $"{item.Description} Restore it, or re-scaffold the module.")
        {
            Module = module.Name,
            File = file,
            Line = line,
        };

    private static Severity SeverityOf(string text) => text switch
    {
        "error" => Severity.Error,
        "info" => Severity.Info,
        _ => Severity.Warning,
    };
}
