using ModuleGen.Core.SpecDocs.Formats.Kiro;
using ModuleGen.Core.SpecDocs.Formats.OpenSpec;
using ModuleGen.Core.SpecDocs.Formats.SpecKit;
using ModuleGen.Core.SpecDocs.Model;
using ModuleGen.Core.SpecDocs.Parsing;

namespace ModuleGen.Core.SpecDocs.Formats;

/// <summary>Tells a folder's format from the files present, and hands out each format's reader.</summary>
internal static class FormatDetector
{
    private static readonly IReadOnlyDictionary<SpecFormat, ISpecReader> s_readers = new ISpecReader[]
    {
        new DocumentSetAssembler(), new SpecKitReader(), new KiroReader(), new OpenSpecReader(),
    }.ToDictionary(r => r.Format);

    /// <summary>Returns the reader of a format.</summary>
    public static ISpecReader ReaderFor(SpecFormat format) => s_readers[format];

    /// <summary>Detects the format of a folder from its Markdown files (folder-relative, <c>/</c>-separated); null when
    /// no format's documents are there.</summary>
    /// <remarks>The pipeline's INTENT/TASKS names win; an <c>openspec/</c> layout (specs/*/spec.md or changes/) comes next;
    /// requirements.md or design.md say Kiro; spec.md or plan.md say spec-kit; a lone tasks.md is Kiro under .kiro/,
    /// else spec-kit.</remarks>
    public static SpecFormat? Detect(string folder, IReadOnlyList<string> files)
    {
        var top = files.Where(f => !f.Contains('/', StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var pipeline = DocumentLocator.Find(top);
        var others = top.Overlaps(["spec.md", "plan.md", "requirements.md", "design.md"]);

        // The pipeline's names are matched leniently (1_intent_design.md), so a lower-case tasks.md or changelog.md of
        // another format also matches: only an INTENT/ACTUAL document, or TASKS.md in capitals alone, says pipeline.
        if (pipeline.Any(p => p.Kind is not (SpecDocumentKind.Tasks or SpecDocumentKind.Changelog)) ||
            (!others && pipeline.Any(p => p.Name == "TASKS.md")))
        {
            return SpecFormat.ModulePipeline;
        }

        if (!top.Contains("spec.md") && files.Any(f => f.StartsWith("changes/", StringComparison.Ordinal) || (f.StartsWith("specs/", StringComparison.Ordinal) && f.EndsWith("/spec.md", StringComparison.Ordinal))))
        {
            return SpecFormat.OpenSpec;
        }

        if (top.Contains("requirements.md") || (top.Contains("design.md") && !top.Contains("spec.md")))
        {
            return SpecFormat.Kiro;
        }

        if (top.Contains("spec.md") || top.Contains("plan.md"))
        {
            return SpecFormat.SpecKit;
        }

        if (top.Contains("tasks.md"))
        {
            return ("/" + folder + "/").Contains("/.kiro/", StringComparison.Ordinal) ? SpecFormat.Kiro : SpecFormat.SpecKit;
        }

        return null;
    }
}
