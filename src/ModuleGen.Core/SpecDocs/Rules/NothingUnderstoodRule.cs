using ModuleGen.Core.Audit;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>MG124: something was not understood, so no other finding can be trusted to be complete: a folder where no
/// document of any format tried was found, or a document whose job is to define requirements, scenarios or tasks that
/// says something but yielded none. Never "no findings" on what was not read.</summary>
internal sealed class NothingUnderstoodRule : ISpecRule
{
    /// <summary>How many ignored files a finding names.</summary>
    private const int Named = 8;

    public AuditRule Rule { get; } = new("MG124", "Spec documents not understood", Severity.Warning,
        "A checker that understood nothing must not answer 'no findings': the documents may hold every defect the rules look for.",
        "Write the documents the way the format's reader expects (the finding says how), or pin docs.format in modulegen.yaml.");

    public IEnumerable<Finding> Check(SpecGraph graph)
    {
        var set = graph.Set;
        if (set.Documents.Count == 0)
        {
            var tried = string.Join(", ", set.Tried.Select(f => f.Title));
            var expected = string.Join("; ", set.Tried.Select(f => $"{f.Title}: {string.Join(", ", f.StandardDocuments.Select(d => d.File))}"));
            var files = set.Ignored.Count == 0 ? "it holds no Markdown file" : $"its Markdown files ({string.Join(", ", set.Ignored.Take(Named).Select(Path.GetFileName))}{(set.Ignored.Count > Named ? " …" : "")}) are none of those";
            yield return graph.At(Rule, set.Ignored.FirstOrDefault() ?? set.Folder, 1, null,
                $"Nothing in {set.Folder} was understood: no document of {tried} was found, and {files}.",
                $"Name the documents as a format expects ({expected}), or pin docs.format in modulegen.yaml.");
            yield break;
        }

        var yielded = set.Requirements.Select(r => r.Id.File)
            .Concat(set.Scenarios.Select(s => s.Id.File))
            .Concat(set.Tasks.Select(t => t.Id.File))
            .Concat(set.Changes.SelectMany(c => c.Deltas.Select(d => d.File).Concat(c.Tasks.Select(t => t.Id.File))))
            .ToHashSet(StringComparer.Ordinal);
        // A document whose elements are template placeholders is reported by MG118, which says why nothing was read.
        foreach (var document in set.Documents.Where(d => graph.Format.DefiningDocuments.Contains(d.Kind) && d.HasContent && d.Placeholders.Count == 0 && !yielded.Contains(d.File)))
        {
            yield return graph.At(Rule, document.File, document.FirstHeadingLine, null,
                $"{document.File} says something but yielded no requirement, scenario or task as {graph.Format.Title} reads it.",
                $"In {graph.Format.Title}, {graph.Format.Expects(document.Kind)}; rewrite the document that way, or pin the right docs.format in modulegen.yaml.");
        }
    }
}
