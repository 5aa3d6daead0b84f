using DiffPlex;
using DiffPlex.Chunkers;

namespace ModuleGen.Core.Common;

/// <summary>Diffs two texts line by line with DiffPlex, the one diff engine of ModuleGen: the unified diffs of dry runs
/// and previews and the two-way diffs under the three-way merge both come from here.</summary>
/// <remarks>Lines keep their '\n' (see <see cref="TextLines"/>), so "a" and "a\n" differ and a CRLF line is not equal to
/// its LF twin: a diff of the lines is a diff of the bytes.</remarks>
public static class LineDiff
{
    /// <summary>Is one changed region: <paramref name="OldCount"/> lines of the old text from <paramref name="OldStart"/>
    /// (0-based) are replaced by <paramref name="NewCount"/> lines of the new text from <paramref name="NewStart"/>.</summary>
    public readonly record struct Block(int OldStart, int OldCount, int NewStart, int NewCount);

    /// <summary>Returns the changed regions between two texts split by <see cref="TextLines.Split"/>, in order.</summary>
    public static IReadOnlyList<Block> Blocks(string[] oldLines, string[] newLines)
    {
        var blocks = Differ.Instance.CreateDiffs(string.Concat(oldLines), string.Concat(newLines), false, false, new LineChunker())
            .DiffBlocks.Select(b => new Block(b.DeleteStartA, b.DeleteCountA, b.InsertStartB, b.InsertCountB)).ToList();
        return Compact(blocks, oldLines, newLines);
    }

    // Myers' algorithm may split one insertion around a line it repeats (a blank line inside an added function) or put
    // it anywhere in a run of equal lines. As git's xdiff does, each pure insertion or deletion slides down while the
    // line after it equals its first line, and joins the next change when the two come to touch; the edit stays minimal
    // and an added block reads as one, ending where the run of equal lines ends.
    private static List<Block> Compact(List<Block> blocks, string[] a, string[] b)
    {
        var compacted = new List<Block>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            while (true)
            {
                var limit = i + 1 < blocks.Count ? blocks[i + 1].OldStart : a.Length;
                var end = block.OldStart + block.OldCount;
                var slides = block.OldCount == 0 ? block.NewCount > 0 && end < limit && a[end] == b[block.NewStart]
                    : block.NewCount == 0 && end < limit && a[block.OldStart] == a[end];
                if (!slides)
                {
                    break;
                }

                block = block with { OldStart = block.OldStart + 1, NewStart = block.NewStart + 1 };
                if (i + 1 < blocks.Count && blocks[i + 1].OldStart == block.OldStart + block.OldCount)
                {
                    var next = blocks[++i];
                    block = new Block(block.OldStart, block.OldCount + next.OldCount, block.NewStart, block.NewCount + next.NewCount);
                }
            }

            compacted.Add(block);
        }

        return compacted;
    }

    private sealed class LineChunker : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => TextLines.Split(text);
    }
}
