using Markdig.Syntax;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Hands each item of a list the IDs cited inside it (nested lists included), from IDs already read in
/// document order: an item runs from its first line to the line before the next item.</summary>
/// <remarks>Reading every item's text a second time to find the same IDs cost a subtask or changelog bullet a second
/// tokenization and a second copy of each citation.</remarks>
internal static class ItemCitations
{
    /// <summary>Returns, for each item of <paramref name="list"/> in order, the occurrences of <paramref name="ids"/>
    /// (in document order) that sit on its lines; only lines before <paramref name="until"/> (1-based) count, so a
    /// caller passes where the next block after the list starts.</summary>
    public static IReadOnlyList<IdOccurrence>[] Split(ListBlock list, IReadOnlyList<IdOccurrence> ids, int until = int.MaxValue)
    {
        var items = new IReadOnlyList<IdOccurrence>[list.Count];
        var at = 0;
        while (at < ids.Count && ids[at].Line < list.Line + 1)
        {
            at++;
        }

        for (var i = 0; i < list.Count; i++)
        {
            var end = i + 1 < list.Count ? Math.Min(list[i + 1].Line + 1, until) : until;
            var start = at;
            while (at < ids.Count && ids[at].Line < end)
            {
                at++;
            }

            items[i] = at == start ? [] : Slice(ids, start, at);
        }

        return items;
    }

    private static IdOccurrence[] Slice(IReadOnlyList<IdOccurrence> ids, int start, int end)
    {
        var slice = new IdOccurrence[end - start];
        for (var i = start; i < end; i++)
        {
            slice[i - start] = ids[i];
        }

        return slice;
    }
}
