using System.Diagnostics;
using System.Text;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Updating;

namespace ModuleGen.Core.Tests.Updating;

public sealed class ThreeWayMergeTests
{
    private static readonly ConflictLabels s_labels = new("yours", "base", "pack p 2");

    public static TheoryData<string, string, string, string, string, int> Merges() => new()
    {
        { "ours only", "a\nb\nc\n", "a\nB\nc\n", "a\nb\nc\n", "a\nB\nc\n", 0 },
        { "theirs only", "a\nb\nc\n", "a\nb\nc\n", "a\nb\nC\n", "a\nb\nC\n", 0 },
        { "separate lines", "a\nb\nc\nd\n", "A\nb\nc\nd\n", "a\nb\nc\nD\n", "A\nb\nc\nD\n", 0 },
        { "same change both sides", "a\nb\n", "a\nX\n", "a\nX\n", "a\nX\n", 0 },
        { "insert at the end and edit the start", "a\nb\n", "A\nb\n", "a\nb\nc\n", "A\nb\nc\n", 0 },
        { "deleted by ours, unchanged by theirs", "a\nb\nc\n", "a\nc\n", "a\nb\nc\nd\n", "a\nc\nd\n", 0 },
        { "no final newline kept", "a\nb", "A\nb", "a\nb", "A\nb", 0 },
        { "carriage returns kept", "a\r\nb\r\n", "a\r\nB\r\n", "A\r\nb\r\n", "A\r\nB\r\n", 0 },
        { "overlap", "a\nb\nc\n", "a\nmine\nc\n", "a\ntheirs\nc\n", "a\n<<<<<<< yours\nmine\n=======\ntheirs\n>>>>>>> pack p 2\nc\n", 1 },
        { "both insert at one place", "a\n", "a\nmine\n", "a\ntheirs\n", "a\n<<<<<<< yours\nmine\n=======\ntheirs\n>>>>>>> pack p 2\n", 1 },
        { "empty base", "", "mine\n", "theirs\n", "<<<<<<< yours\nmine\n=======\ntheirs\n>>>>>>> pack p 2\n", 1 },
        { "conflict at an end without newline", "a\nb", "a\nmine", "a\ntheirs", "a\n<<<<<<< yours\nmine\n=======\ntheirs\n>>>>>>> pack p 2\n", 1 },
    };

    [Theory]
    [MemberData(nameof(Merges))]
    public void Merge_Inline(string scenario, string original, string ours, string theirs, string expected, int conflicts)
    {
        var result = ThreeWayMerge.Merge(original, ours, theirs, ConflictStyle.Inline, s_labels);

        result.Text.Should().Be(expected, scenario);
        result.Conflicts.Should().HaveCount(conflicts);
    }

    [Fact]
    public void Merge_Diff3_WritesTheBaseSectionBetweenTheSides()
    {
        var result = ThreeWayMerge.Merge("a\nb\nc\n", "a\nmine\nc\n", "a\ntheirs\nc\n", ConflictStyle.Diff3, s_labels);

        result.Text.Should().Be("a\n<<<<<<< yours\nmine\n||||||| base\nb\n=======\ntheirs\n>>>>>>> pack p 2\nc\n");
        result.Conflicts.Should().ContainSingle().Which.Should().Match<MergeConflict>(c => c.StartLine == 2 && c.EndLine == 8 && c.BaseLine == 2);
    }

    public static TheoryData<string, string, string, string> GitCases() => new()
    {
        { "one line changed on both sides", "a\nb\nc\nd\ne\n", "a\nb\nmine\nd\ne\n", "a\nb\ntheirs\nd\ne\n" },
        { "two conflicts and a clean change", "1\n2\n3\n4\n5\n6\n7\n8\n9\n", "1\nX\n3\n4\n5\n6\nY\n8\n9\n", "1\nP\n3\n4\nQ\n6\nR\n8\n9\n" },
        { "both insert at the end", "a\nb\n", "a\nb\nmine\n", "a\nb\ntheirs\n" },
        { "ours deletes what theirs edits", "a\nb\nc\n", "a\nc\n", "a\nB\nc\n" },
        { "a block against a line", "k\nl\nm\nn\n", "k\nl1\nl2\nl3\nm\nn\n", "k\nL\nm\nn\n" },
    };

    [Theory]
    [MemberData(nameof(GitCases))]
    public void Merge_Diff3_IsWhatGitMergeFileWrites(string scenario, string original, string ours, string theirs)
    {
        var labels = new ConflictLabels("yours (pack p 1.0.0, edited)", "base (pack p 1.0.0)", "pack p 2.0.0");
        var folder = Directory.CreateTempSubdirectory("mg-diff3-");
        try
        {
            File.WriteAllBytes(Path.Join(folder.FullName, "ours"), Encoding.UTF8.GetBytes(ours));
            File.WriteAllBytes(Path.Join(folder.FullName, "base"), Encoding.UTF8.GetBytes(original));
            File.WriteAllBytes(Path.Join(folder.FullName, "theirs"), Encoding.UTF8.GetBytes(theirs));
            var git = Process.Start(new ProcessStartInfo("git", ["merge-file", "-p", "--diff3", "-L", labels.Ours, "-L", labels.Base, "-L", labels.Theirs, "ours", "base", "theirs"])
            {
                WorkingDirectory = folder.FullName, RedirectStandardOutput = true, RedirectStandardError = true,
            })!;
            var expected = git.StandardOutput.ReadToEnd();
            git.WaitForExit();

            var result = ThreeWayMerge.Merge(original, ours, theirs, ConflictStyle.Diff3, labels);

            result.Text.Should().Be(expected, scenario);
            result.Conflicts.Should().HaveCount(git.ExitCode, "git merge-file exits with the number of conflicts");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("one conflict", "a\nb\nc\nd\ne\n", "a\nb\nmine\nd\ne\n", "a\nb\ntheirs\nd\ne\n")]
    [InlineData("a block against a line", "k\nl\nm\nn\n", "k\nl1\nl2\nl3\nm\nn\n", "k\nL\nm\nn\n")]
    [InlineData("ours deletes what theirs edits", "a\nb\nc\n", "a\nc\n", "a\nB\nc\n")]
    public void Merge_Diff3_EachSectionReadsBackAsItsVersion(string scenario, string original, string ours, string theirs)
    {
        var text = ThreeWayMerge.Merge(original, ours, theirs, ConflictStyle.Diff3, s_labels).Text;

        // A diff3 reader that keeps one section of every conflict gets each of the three texts back.
        Resolve(text, keep: "ours").Should().Be(ours, scenario);
        Resolve(text, keep: "base").Should().Be(original, scenario);
        Resolve(text, keep: "theirs").Should().Be(theirs, scenario);
    }

    [Fact]
    public void Merge_RejectStyle_KeepsOursInConflictsAndReportsTheirLines()
    {
        var result = ThreeWayMerge.Merge("a\nb\nc\n", "a\nmine\nc\n", "A\ntheirs\nc\n", ConflictStyle.Reject, s_labels);

        result.Text.Should().Be("a\nmine\nc\n");
        result.Conflicts.Should().ContainSingle().Which.Should().Match<MergeConflict>(c =>
            c.StartLine == 1 && c.EndLine == 2 && c.BaseLine == 1 && c.Theirs.SequenceEqual(new[] { "A\n", "theirs\n" }));
    }

    [Theory]
    [InlineData("a\n<<<<<<< yours\nb\n=======\nc\n>>>>>>> pack p 2\n", new[] { 2 })]
    [InlineData("<<<<<<< yours (pack p 1, edited)\nb\n||||||| base (pack p 1)\nx\n=======\nc\n>>>>>>> pack p 2\nd\n<<<<<<<\ne\n=======\nf\n>>>>>>>\n", new[] { 1, 9 })]
    [InlineData("a\r\n<<<<<<< HEAD\r\nb\r\n=======\r\nc\r\n>>>>>>> other\r\n", new[] { 2 })]
    [InlineData("Title\n=======\n\ntext\n", new int[0])]
    [InlineData("<<<<<<< opened but never closed\n=======\n", new int[0])]
    [InlineData("<<<<<<<< eight, not a marker\n=======\n>>>>>>> x\n", new int[0])]
    public void ConflictMarkers_Find_ReportsTheLineOfEachWholeConflict(string text, int[] lines)
    {
        ConflictMarkers.Find(text).Should().Equal(lines);
    }

    [Fact]
    public void GeneratedBase_WriteThenRead_GivesTheSameTextsAndDropsTamperedEntries()
    {
        var store = new GeneratedBase([new("a.txt", "one\ntwo\n"), new("b \"q\".txt", "no newline"), new("empty.txt", ""), new("#@ file.txt", "#@ file \"x\" sha256 \"y\" lines 1 eol yes\n")]);
        var text = store.Write();

        var read = GeneratedBase.Read(text);
        var tampered = GeneratedBase.Read(text.Replace("one\n", "uno\n", StringComparison.Ordinal));

        read.Files.Should().BeEquivalentTo(store.Files);
        tampered.Files.Select(f => f.Key).Should().NotContain("a.txt").And.Contain("empty.txt");
    }

    // Keeps one section of every conflict: ours (after <<<<<<<), base (after |||||||) or theirs (after =======).
    private static string Resolve(string text, string keep)
    {
        var output = new StringBuilder();
        var section = "";
        foreach (var line in Core.Common.TextLines.Split(text))
        {
            var bare = line.TrimEnd('\n');
            var marker = bare.Length >= 7 ? bare[..7] : bare;
            switch (marker)
            {
                case ConflictMarkers.Ours: section = "ours"; break;
                case ConflictMarkers.Base: section = "base"; break;
                case ConflictMarkers.Separator when section.Length > 0: section = "theirs"; break;
                case ConflictMarkers.Theirs: section = ""; break;
                default:
                    if (section.Length == 0 || section == keep)
                    {
                        output.Append(line);
                    }

                    break;
            }
        }

        return output.ToString();
    }
}
