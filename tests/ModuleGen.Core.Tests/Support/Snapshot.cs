namespace ModuleGen.Core.Tests.Support;

/// <summary>Compares text to a checked-in expected file; <c>MODULEGEN_BLESS=1</c> rewrites the file instead.</summary>
internal static class Snapshot
{
    public static void Match(string relativePath, string actual)
    {
        var path = Path.Join(RepoPaths.Root, relativePath);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("MODULEGEN_BLESS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        File.Exists(path).Should().BeTrue($"{relativePath} is the expected output; create it with MODULEGEN_BLESS=1 dotnet test");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            var e = expected.Split('\n');
            var a = actual.Split('\n');
            var at = Enumerable.Range(0, Math.Min(e.Length, a.Length)).FirstOrDefault(i => e[i] != a[i], Math.Min(e.Length, a.Length));
            var diff = $"first difference at line {at + 1}:\n- {(at < e.Length ? e[at] : "<end>")}\n+ {(at < a.Length ? a[at] : "<end>")}";
            actual.Should().Be(expected, $"{relativePath} differs ({diff}); re-bless with MODULEGEN_BLESS=1 if the change is intended");
        }
    }
}
