using ModuleGen.Core.Scaffolding;

namespace ModuleGen.Core.Tests.Scaffolding;

public sealed class UnifiedDiffTests
{
    [Fact]
    public void Create_NewFile_AddsEveryLine()
    {
        UnifiedDiff.Create("a.txt", null, "x\ny\n").Should().Be("--- /dev/null\n+++ b/a.txt\n@@ -0,0 +1,2 @@\n+x\n+y\n");
    }

    [Fact]
    public void Create_Equal_IsEmpty()
    {
        UnifiedDiff.Create("a", "same\n", "same\n").Should().BeEmpty();
    }

    [Fact]
    public void Create_ChangeInTheMiddle_KeepsThreeLinesOfContext()
    {
        var old = Lines(10);
        var @new = old.Replace("L5\n", "five\n");

        UnifiedDiff.Create("n", old, @new).Should().Be("--- a/n\n+++ b/n\n@@ -2,7 +2,7 @@\n L2\n L3\n L4\n-L5\n+five\n L6\n L7\n L8\n");
    }

    [Fact]
    public void Create_DistantChanges_TwoHunks()
    {
        var old = Lines(20);
        var @new = old.Replace("L2\n", "two\n").Replace("L19\n", "nineteen\n");

        var diff = UnifiedDiff.Create("n", old, @new);

        diff.Split('\n').Where(l => l.StartsWith("@@", StringComparison.Ordinal)).Should().Equal("@@ -1,5 +1,5 @@", "@@ -16,5 +16,5 @@");
    }

    [Fact]
    public void Create_InsertionAndDeletion_AlignsOnCommonLines()
    {
        UnifiedDiff.Create("f", "a\nb\nc\n", "a\nc\nd\n").Should().Be("--- a/f\n+++ b/f\n@@ -1,3 +1,3 @@\n a\n-b\n c\n+d\n");
    }

    private static string Lines(int count) => string.Join("", Enumerable.Range(1, count).Select(i => $"L{i}\n"));
}
