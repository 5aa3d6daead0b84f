using ModuleGen.Core.Common;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs;

/// <summary>Runs next_id: the next number after every one a module's documents define or cite, padded in their style.</summary>
public sealed class IdAllocator(DocumentSetLoader loader)
{
    /// <summary>Gets the accepted kinds and what they name.</summary>
    public static IReadOnlyDictionary<string, IdKind> Kinds { get; } = new Dictionary<string, IdKind>(StringComparer.Ordinal)
    {
        ["req"] = IdKind.Requirement,
        ["scen"] = IdKind.Scenario,
        ["task"] = IdKind.Task,
        ["phase"] = IdKind.Phase,
    };

    /// <summary>Allocates (without writing anything) the next free ID; refuses an unknown kind or a missing docs folder.</summary>
    public Result<NextIdResult> Next(NextIdRequest request)
    {
        var key = request.Kind?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(key))
        {
            return ToolError.Missing("/kind", "kind");
        }

        if (!Kinds.TryGetValue(key, out var kind))
        {
            return ToolError.Create(ErrorCodes.DocsUnknownKind, "/kind", $"'{Preview.Of(request.Kind, 40)}' is not an ID kind.",
                "Pass one of: req, scen, task, phase.").WithFound(request.Kind);
        }

        return loader.Load(request.Module).Map(set => Allocate(set, key, kind));
    }

    private static NextIdResult Allocate(DocumentSet set, string key, IdKind kind)
    {
        var used = set.Documents.SelectMany(d => d.Definitions.Concat(d.References)).Where(o => o.Id.Kind == kind).ToArray();
        var numbers = used.Select(o => o.Id.Number).Concat(kind == IdKind.Phase ? set.DesignPhases.Select(p => p.Number) : []).ToHashSet();
        var digits = used.Select(o => o.Text[(o.Text.LastIndexOf('-') + 1)..]).ToArray();
        var padded = digits.Where(d => d.Length > 1 && d[0] == '0').ToArray();
        var width = padded.Length > 0 ? padded.Max(d => d.Length) : digits.Length > 0 ? 1 : 2;
        var next = numbers.Count == 0 ? 1 : numbers.Max() + 1;
        return new NextIdResult(set.Module.Snake, key, new SpecId(kind, next).Format(set.Prefix, width), next, width, numbers.Count);
    }
}
