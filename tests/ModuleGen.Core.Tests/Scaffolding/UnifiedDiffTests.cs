using System.Diagnostics;
using System.Text;
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

    [Fact]
    public void Create_LastLineWithoutNewline_MarksThatLineOnly()
    {
        UnifiedDiff.Create("f", "a\nb\nc", "a\nB\nc").Should().Be("--- a/f\n+++ b/f\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n\\ No newline at end of file\n");
    }

    public static TheoryData<string, string?, string> Pairs => new()
    {
        { "middle edit, final newline", "a\nb\nc\n", "a\nB\nc\n" },
        { "middle edit, no final newline", "load_from:\n  - a\n  - b\n  - c\n  - d\n  - e", "load_from:\n  - a\n  - x\n  - b\n  - c\n  - d\n  - e" },
        { "append after a last line without newline", "load_from:\n  - a", "load_from:\n  - a\n  - b\n" },
        { "final newline removed", "a\nb\n", "a\nb" },
        { "CRLF middle edit", "a\r\nb\r\nc\r\nd\r\n", "a\r\nb\r\nnew\r\nc\r\nd\r\n" },
        { "CRLF without final newline", "a\r\nb\r\nc", "a\r\nb2\r\nc" },
        { "new file without final newline", null, "x\ny" },
        { "emptied", "x\ny\n", "" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Create_AppliesWithGitApply_ToExactlyTheNewText(string label, string? oldText, string newText)
    {
        var folder = Directory.CreateTempSubdirectory("mg-diff-");
        try
        {
            var target = Path.Join(folder.FullName, "f.txt");
            if (oldText is not null)
            {
                File.WriteAllBytes(target, Encoding.UTF8.GetBytes(oldText));
            }

            File.WriteAllBytes(Path.Join(folder.FullName, "p.diff"), Encoding.UTF8.GetBytes(UnifiedDiff.Create("f.txt", oldText, newText)));
            var git = Process.Start(new ProcessStartInfo("git", ["apply", "--unsafe-paths", "p.diff"]) { WorkingDirectory = folder.FullName, RedirectStandardError = true, RedirectStandardOutput = true })!;
            var errors = git.StandardError.ReadToEnd();
            git.WaitForExit();

            git.ExitCode.Should().Be(0, $"{label}: git apply says {errors}");
            File.ReadAllText(target).Should().Be(newText, label);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Lines(int count) => string.Join("", Enumerable.Range(1, count).Select(i => $"L{i}\n"));
}
