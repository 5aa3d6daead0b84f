using ModuleGen.Core.SpecDocs;
using ModuleGen.Core.SpecDocs.Gates;
using ModuleGen.Core.SpecDocs.Trace;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.SpecDocs;

/// <summary>Runs check_docs over real public document sets (RealSets/, each with its origin in RealSets/README.md):
/// every defect a careful reader finds by hand is reported, and nothing else. Each set's <c>expected.txt</c> lists the
/// findings (<c>RULE severity FILE:LINE</c>) with the reason each is true after a <c>#</c>.</summary>
public sealed class RealSetTests : IDisposable
{
    private static readonly string s_folder = Path.Join(RepoPaths.Root, "tests", "ModuleGen.Core.Tests", "SpecDocs", "RealSets");
    private readonly TempWorkspace _ws = new();

    public static TheoryData<string> Sets
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var set in Directory.GetDirectories(s_folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal))
            {
                data.Add(set);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void CheckDocs_RealSet_ReportsExactlyTheDefectsFoundByHand(string set)
    {
        var expected = Expected(set);
        Copy(set);

        var result = new SpecDocsServices(_ws.Root).Checker.Check(new CheckDocsRequest(null));

        result.IsOk.Should().BeTrue(string.Join("; ", result.Errors.Select(e => e.Message)));
        result.Value.Sets.Should().ContainSingle().Which.Format.Should().Be(expected.Format);
        result.Value.Findings.Select(SpecDocsServices.Format).Should().BeEquivalentTo(expected.Findings, o => o.WithStrictOrdering());
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void CheckDocs_RealSet_AccountsForEveryDocument(string set)
    {
        Copy(set);

        var answer = new SpecDocsServices(_ws.Root).Checker.Check(new CheckDocsRequest(null)).Value.Sets.Single();

        // Every Markdown file of the set is either read (spec-kit's checklists/ among them) or named as ignored.
        var files = Directory.EnumerateFiles(Path.Join(s_folder, set, "workspace"), "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Join(s_folder, set, "workspace"), f).Replace('\\', '/'))
            .Where(f => answer.Folder.Length == 0 || f.StartsWith(answer.Folder + "/", StringComparison.Ordinal));
        answer.FilesRead.Should().NotBeEmpty();
        answer.FilesRead.Concat(answer.FilesIgnored).Should().BeEquivalentTo(files);
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void TraceAndGates_RealSet_AnswerForTheFormat(string set)
    {
        var expected = Expected(set);
        Copy(set);
        var services = new SpecDocsServices(_ws.Root);
        var name = services.Checker.Check(new CheckDocsRequest(null)).Value.Sets.Single().Name;

        var trace = new TraceMatrixBuilder(services.Workspace, services.Loader).Build(new TraceMatrixRequest(name));
        var gate = new GateChecker(services.Workspace, services.Loader).Check(new CheckGateRequest(expected.GateModule ?? name, 1));

        trace.IsOk.Should().BeTrue(string.Join("; ", trace.Errors.Select(e => e.Message)));
        trace.Value.DocsFormat.Should().Be(expected.Format == "none" ? "spec-kit" : expected.Format);
        gate.IsOk.Should().BeTrue(string.Join("; ", gate.Errors.Select(e => e.Message)));
        gate.Value.ChecksTotal.Should().BePositive("only failing conditions are listed without detail, but every one is counted");
    }

    private void Copy(string set)
    {
        var root = Path.Join(s_folder, set, "workspace");
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var target = Path.Join(_ws.Root, Path.GetRelativePath(root, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Reads expected.txt: <c>format: NAME</c>, optionally <c>gate: MODULE</c>, then one finding per line; text after # is the reason.</summary>
    private static (string Format, string? GateModule, IReadOnlyList<string> Findings) Expected(string set)
    {
        var lines = File.ReadAllLines(Path.Join(s_folder, set, "expected.txt"))
            .Select(l => (l.Contains('#', StringComparison.Ordinal) ? l[..l.IndexOf('#', StringComparison.Ordinal)] : l).Trim())
            .Where(l => l.Length > 0).ToArray();
        string? Header(string key) => lines.FirstOrDefault(l => l.StartsWith(key + ":", StringComparison.Ordinal))?[(key.Length + 1)..].Trim();
        return (Header("format")!, Header("gate"), lines.Where(l => !l.Contains(':') || l.StartsWith("MG", StringComparison.Ordinal)).ToArray());
    }

    public void Dispose() => _ws.Dispose();
}
