using ModuleGen.Core.Common;
using ModuleGen.Core.SpecDocs.Formats;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs;

/// <summary>Runs next_id: the next number after every one a set's documents define or cite, written in the format's
/// numbering: <c>PHASE-OAGW-3</c> (padded as the kind's definitions are), <c>FR-012</c>, <c>T043</c>, Kiro <c>4.3</c>.</summary>
public sealed class IdAllocator(DocumentSetLoader loader)
{
    /// <summary>Gets the pipeline's kinds and what they name.</summary>
    public static IReadOnlyDictionary<string, IdKind> Kinds => SpecFormat.ModulePipeline.IdKinds;

    /// <summary>Allocates (without writing anything) the next free ID; refuses an unknown kind or a missing docs folder.</summary>
    public Result<NextIdResult> Next(NextIdRequest request)
    {
        var key = request.Kind?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(key))
        {
            return ToolError.Missing("/kind", "kind");
        }

        return loader.Load(request.Module).Then(set =>
        {
            var format = set.Format;
            if (!format.IdKinds.TryGetValue(key, out var kind))
            {
                return ToolError.Create(ErrorCodes.DocsUnknownKind, "/kind", $"'{Preview.Of(request.Kind, 40)}' is not an ID kind of {format.Title}.",
                    $"Pass one of: {string.Join(", ", format.IdKinds.Keys)}.").WithFound(request.Kind);
            }

            if (kind == IdKind.Criterion && request.Parent is null)
            {
                return ToolError.Missing("/parent", "parent");
            }

            return format == SpecFormat.ModulePipeline ? Result<NextIdResult>.Ok(Allocate(set, key, kind)) : Numbered(set, key, kind, request.Parent);
        });
    }

    private static NextIdResult Allocate(DocumentSet set, string key, IdKind kind)
    {
        var numbers = Used(set, kind);
        var width = new IdSpelling(set).WidthOf(kind);
        var next = numbers.Count == 0 ? 1 : numbers.Max() + 1;
        return new NextIdResult(set.Module.Snake, key, new SpecId(kind, next).Format(set.Prefix, width), next, width, numbers.Count) { Format = set.Format.Name };
    }

    /// <summary>Allocates in a format that numbers without a prefix: a top-level number, or the next N.M under a parent.</summary>
    private static Result<NextIdResult> Numbered(DocumentSet set, string key, IdKind kind, int? parent)
    {
        var tasks = set.Format == SpecFormat.OpenSpec
            ? set.Changes.Where(c => c.Id == set.Focus && !c.Archived).SelectMany(c => c.Tasks).ToArray()
            : set.Tasks.ToArray();
        if (set.Format == SpecFormat.OpenSpec && set.Focus is null)
        {
            return ToolError.Create(ErrorCodes.ArgumentInvalid, "/module", "OpenSpec numbers tasks per change; the module names no change.",
                "Pass the id of a change under openspec/changes/ as the module.");
        }

        var occurrences = set.Documents.SelectMany(d => d.Definitions.Concat(d.References)).Select(o => o.Id)
            .Concat(tasks.Select(t => t.Id.Id))
            .Concat(tasks.SelectMany(t => t.Subtasks).Where(s => s.Major is not null && s.Minor is not null).Select(s => new SpecId(IdKind.Task, s.Major!.Value, s.Minor!.Value)))
            .Concat(set.Format == SpecFormat.OpenSpec ? tasks.SelectMany(t => t.Subtasks).Select(s => Split(s.Number)).OfType<SpecId>() : [])
            .ToArray();
        var family = kind == IdKind.Criterion ? IdKind.Criterion : kind;
        var numbers = parent is { } p
            ? occurrences.Where(o => (o.Kind == family || (family == IdKind.Requirement && o.Kind == IdKind.Criterion)) && o.Number == p && o.Minor > 0).Select(o => o.Minor).ToHashSet()
            : occurrences.Where(o => o.Kind == family && o.Name is null && (family != IdKind.Task || o.Minor == 0 || set.Format == SpecFormat.SpecKit)).Select(o => o.Number).ToHashSet();
        var next = numbers.Count == 0 ? 1 : numbers.Max() + 1;
        var width = Width(set, family);
        var id = set.Format.FormatNew(kind, parent ?? next, parent is null ? 0 : next, width, set.Prefix);
        return Result<NextIdResult>.Ok(new NextIdResult(set.Focus ?? set.Module.Snake, key, id, next, width, numbers.Count) { Format = set.Format.Name });
    }

    /// <summary>Reads the width of the numbers the documents write for a kind (FR-001: 3).</summary>
    private static int Width(DocumentSet set, IdKind kind)
    {
        var written = set.Documents.SelectMany(d => d.Definitions).Where(o => o.Id.Kind == kind).Select(o => o.Text).FirstOrDefault();
        return written is null ? 0 : written.Reverse().SkipWhile(char.IsAsciiLetter).TakeWhile(char.IsAsciiDigit).Count();
    }

    private static SpecId? Split(string? number)
    {
        var parts = number?.Split('.');
        return parts is { Length: >= 2 } && int.TryParse(parts[0], out var n) && int.TryParse(parts[1], out var m) ? new SpecId(IdKind.Task, n, m) : null;
    }

    /// <summary>Returns every number of a kind the documents define or cite (phases also by "Phase N" headings).</summary>
    internal static HashSet<int> Used(DocumentSet set, IdKind kind)
    {
        var used = new HashSet<int>();
        foreach (var document in set.Documents)
        {
            Add(document.Definitions);
            Add(document.References);
        }

        if (kind == IdKind.Phase)
        {
            foreach (var phase in set.DesignPhases)
            {
                used.Add(phase.Number);
            }
        }

        return used;

        void Add(IReadOnlyList<IdOccurrence> occurrences)
        {
            foreach (var occurrence in occurrences)
            {
                if (occurrence.Id.Kind == kind)
                {
                    used.Add(occurrence.Id.Number);
                }
            }
        }
    }
}
