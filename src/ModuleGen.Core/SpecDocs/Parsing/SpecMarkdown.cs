using Markdig;
using Markdig.Syntax;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Parses spec documents with one Markdig pipeline: task lists (checkboxes), pipe tables, precise locations.</summary>
internal static class SpecMarkdown
{
    private static readonly MarkdownPipeline s_pipeline =
        new MarkdownPipelineBuilder().UseTaskLists().UsePipeTables().UsePreciseSourceLocation().Build();

    public static MarkdownDocument Parse(string text) => Markdown.Parse(text, s_pipeline);
}
