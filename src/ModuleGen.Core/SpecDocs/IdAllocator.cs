using ModuleGen.Core.Common;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs;

/// <summary>Runs next_id: the next number after every one a module's documents define or cite, padded as the kind's
/// definitions are (<c>PHASE-OAGW-3</c> after <c>PHASE-OAGW-1</c>, <c>-2</c>).</summary>
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
        var numbers = Used(set, kind);
        var width = new IdSpelling(set).WidthOf(kind);
        var next = numbers.Count == 0 ? 1 : numbers.Max() + 1;
        return new NextIdResult(set.Module.Snake, key, new SpecId(kind, next).Format(set.Prefix, width), next, width, numbers.Count);
    }

    /// <summary>Returns every number of a kind the documents define or cite (phases also by "Phase N" headings).</summary>
    internal static HashSet<int> Used(DocumentSet set, IdKind kind) =>
        set.Documents.SelectMany(d => d.Definitions.Concat(d.References)).Where(o => o.Id.Kind == kind).Select(o => o.Id.Number)
            .Concat(kind == IdKind.Phase ? set.DesignPhases.Select(p => p.Number) : [])
            .ToHashSet();
}
