using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Updating;

namespace ModuleGen.Core.Tests.Updating;

public sealed class ThreeWayMergeTests
{
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
        var result = ThreeWayMerge.Merge(original, ours, theirs, ConflictStyle.Inline, "pack p 2");

        result.Text.Should().Be(expected, scenario);
        result.Conflicts.Should().HaveCount(conflicts);
    }

    [Fact]
    public void Merge_RejectStyle_KeepsOursInConflictsAndReportsTheirLines()
    {
        var result = ThreeWayMerge.Merge("a\nb\nc\n", "a\nmine\nc\n", "A\ntheirs\nc\n", ConflictStyle.Reject, "pack p 2");

        result.Text.Should().Be("a\nmine\nc\n");
        result.Conflicts.Should().ContainSingle().Which.Should().Match<MergeConflict>(c =>
            c.StartLine == 1 && c.EndLine == 2 && c.BaseLine == 1 && c.Theirs.SequenceEqual(new[] { "A\n", "theirs\n" }));
    }

    [Fact]
    public void HasConflictMarkers_FindsAnUnresolvedConflict()
    {
        ThreeWayMerge.HasConflictMarkers("a\n<<<<<<< yours\nb\n=======\nc\n>>>>>>> pack p 2\n").Should().BeTrue();
        ThreeWayMerge.HasConflictMarkers("a\n=======\n").Should().BeFalse();
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
}
