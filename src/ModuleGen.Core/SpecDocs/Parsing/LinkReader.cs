using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Collects the relative links of a document (<c>[plan](./plan.md)</c>, <c>[spec](../001-x/spec.md#req)</c>):
/// web addresses, <c>mailto:</c>, in-page anchors and absolute paths are not the documents' business.</summary>
internal static class LinkReader
{
    public static IReadOnlyList<DocumentLink> Collect(MarkdownDocument markdown, string file)
    {
        var links = new List<DocumentLink>();
        Collect(markdown, file, links);
        return links;
    }

    /// <summary>Passes blocks through, adding the links of each to <paramref name="links"/> as it goes by.</summary>
    public static IEnumerable<Block> Collecting(IEnumerable<Block> blocks, string file, List<DocumentLink> links)
    {
        foreach (var block in blocks)
        {
            Collect(block, file, links);
            yield return block;
        }
    }

    /// <summary>Walks the block's leaves and their inlines directly: every block of a set passes through here, and most
    /// have no link (a leaf without inline markup has no inlines at all).</summary>
    private static void Collect(Block block, string file, List<DocumentLink> links)
    {
        switch (block)
        {
            case LeafBlock { Inline: { } inline }:
                Collect(inline, file, links);
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Collect(child, file, links);
                }

                break;
        }
    }

    private static void Collect(ContainerInline container, string file, List<DocumentLink> links)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LinkInline link)
            {
                Add(link, file, links);
            }

            if (inline is ContainerInline inner)
            {
                Collect(inner, file, links);
            }
        }
    }

    private static void Add(LinkInline link, string file, List<DocumentLink> links)
    {
        if (link.IsImage || link.Url is not { Length: > 0 } url || IsExternal(url))
        {
            return;
        }

        var target = Uri.UnescapeDataString(url.Split('#', 2)[0].Split('?', 2)[0]);
        if (target.Length > 0)
        {
            links.Add(new DocumentLink(file, link.Line + 1, link.Column + 1, target, Resolve(file, target)));
        }
    }

    /// <summary>Returns the workspace-relative path a link names from a file, or null when it climbs out of the workspace.</summary>
    public static string? Resolve(string file, string target)
    {
        var parts = new List<string>(file.Split('/')[..^1]);
        foreach (var part in target.Replace('\\', '/').Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return parts.Count == 0 ? null : string.Join('/', parts);
    }

    private static bool IsExternal(string url) =>
        url.StartsWith('#') || url.StartsWith('/') || url.StartsWith('<') || url.Contains("://", StringComparison.Ordinal) ||
        url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) ||
        url.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);
}
