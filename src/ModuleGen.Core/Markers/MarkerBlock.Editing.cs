using System.Text.RegularExpressions;
using ModuleGen.Core.Common;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Markers;

/// <summary>Puts marker blocks into texts, replaces their content, and removes them again byte for byte.</summary>
public static partial class MarkerBlock
{
    /// <summary>Puts <paramref name="content"/> inside the block <paramref name="id"/>: replaces the block's content when
    /// the block exists, else inserts it after the first line matching <paramref name="anchor"/>, or at the end.</summary>
    public static Result<MarkerEdit> Apply(string text, string id, string content, string style, int indent, Regex? anchor, string pointer, int? place = null)
    {
        var scan = Scan(text, style);
        if (scan.ProblemsOf(id) is { Count: > 0 } problems)
        {
            return Broken(id, style, problems, pointer);
        }

        if (scan.Find(id) is { } region)
        {
            return Result<MarkerEdit>.Ok(new MarkerEdit(Replace(text, region, content, style), region.Content, region.RecordedHash));
        }

        var at = place ?? (anchor is null ? MarkerText.Parse(text).Count : AnchorIndex(text, anchor));
        if (at is null && EmptyFlowList.Open(text, anchor!) is { } opened)
        {
            text = opened;
            at = AnchorIndex(text, anchor!);
        }

        if (at is null)
        {
            return ToolError.Create(ErrorCodes.ScaffoldInjectionAnchorMissing, pointer,
                $"No line matches the anchor '{anchor}' the block '{id}' is placed after.", FlowListHint.For(text, anchor!) ?? "Add the anchor line to the file (for workspace.yaml: 'load_from:').").WithFound(anchor!.ToString());
        }

        return Result<MarkerEdit>.Ok(new MarkerEdit(Insert(text, at.Value, id, content, style, indent), null));
    }

    /// <summary>Returns the index of the line after the first line matching <paramref name="anchor"/> and the '#'
    /// comment lines right below it (a list's header comment stays above its entries; marker lines are never skipped),
    /// or null.</summary>
    public static int? AnchorIndex(string text, Regex anchor)
    {
        var lines = MarkerText.Parse(text).Lines;
        var found = lines.FindIndex(anchor.IsMatch);
        if (found < 0)
        {
            return null;
        }

        var at = found + 1;
        while (at < lines.Count && lines[at].TrimStart().StartsWith('#') && !lines[at].Contains(" modulegen:", StringComparison.Ordinal))
        {
            at++;
        }

        return at;
    }

    /// <summary>Inserts a new block before line index <paramref name="at"/> (the line count: at the end). When the text
    /// ends without a newline and the block goes at the end, the block takes over the missing newline, so
    /// <see cref="Remove"/> gives back the same bytes.</summary>
    public static string Insert(string text, int at, string id, string content, string style, int indent)
    {
        var lines = MarkerText.Parse(text);
        var newLine = lines.NewLine;
        var pad = new string(' ', indent);
        var body = Body(content);
        var block = new List<string> { pad + Start(id, style, ContentHash.Of(Normalise(content))) };
        block.AddRange(body);
        block.Add(pad + End(id, style));
        var terminators = block.Select(_ => newLine).ToList();
        if (at > 0 && at == lines.Count && lines.Terminators[at - 1].Length == 0)
        {
            lines.Terminators[at - 1] = newLine;
            terminators[^1] = "";
        }

        lines.Lines.InsertRange(at, block);
        lines.Terminators.InsertRange(at, terminators);
        return lines.ToString();
    }

    /// <summary>Replaces a block's content (and the hash its start marker records), keeping the markers' indentation.</summary>
    public static string Replace(string text, MarkerRegion region, string content, string style)
    {
        var lines = MarkerText.Parse(text);
        var startLine = lines.Lines[region.StartIndex];
        var indentation = startLine[..(startLine.Length - startLine.TrimStart().Length)];
        lines.Lines[region.StartIndex] = indentation + Start(region.Id, style, ContentHash.Of(Normalise(content)));
        var inner = region.EndIndex - region.StartIndex - 1;
        lines.Lines.RemoveRange(region.StartIndex + 1, inner);
        lines.Terminators.RemoveRange(region.StartIndex + 1, inner);
        var body = Body(content);
        lines.Lines.InsertRange(region.StartIndex + 1, body);
        lines.Terminators.InsertRange(region.StartIndex + 1, body.Select(_ => lines.NewLine));
        return lines.ToString();
    }

    /// <summary>Removes a block (marker lines included) and gives back the text as it was before the block was inserted
    /// (an empty flow list the block was added to is closed again when no entry is left in it).</summary>
    public static string Remove(string text, MarkerRegion region)
    {
        var lines = MarkerText.Parse(text);
        var endsFile = region.EndIndex == lines.Count - 1 && lines.Terminators[region.EndIndex].Length == 0;
        lines.Lines.RemoveRange(region.StartIndex, region.EndIndex - region.StartIndex + 1);
        lines.Terminators.RemoveRange(region.StartIndex, region.EndIndex - region.StartIndex + 1);
        if (endsFile && region.StartIndex > 0)
        {
            lines.Terminators[region.StartIndex - 1] = "";
        }

        return EmptyFlowList.Close(lines.ToString());
    }

    /// <summary>Returns the hash a block with this content records: SHA-256 of the content with "\n" line endings and a final newline.</summary>
    public static string HashOf(string content) => ContentHash.Of(Normalise(content));

    private static string Normalise(string content)
    {
        var text = content.Replace("\r\n", "\n", StringComparison.Ordinal);
        return text.Length == 0 || text.EndsWith('\n') ? text : text + "\n";
    }

    private static List<string> Body(string content)
    {
        var text = Normalise(content);
        return text.Length == 0 ? [] : [.. text[..^1].Split('\n')];
    }
}
