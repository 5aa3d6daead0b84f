using ModuleGen.Core.DgChecks;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.DgChecks;

/// <summary>What dg prints, read back: the root-cause exception and the deepest frame inside the workspace (outside
/// virtual environments), and the definitions listed by kind.</summary>
public sealed class DgOutputTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Theory]
    [InlineData("""  File "{root}/p/src/a.py", line 3, in <module>\nNameError: name 'x' is not defined""", "p/src/a.py", 3, "NameError: name 'x' is not defined")]
    [InlineData("""  File "{root}/p/src/a.py", line 3, in <module>\n  File "{root}/p/src/b.py", line 9, in f\nKeyError: 'k'""", "p/src/b.py", 9, "KeyError: 'k'")]
    [InlineData("""  File "{root}/p/src/a.py", line 3, in <module>\n  File "{root}/p/.venv/lib/python3.12/site-packages/x.py", line 1, in g\nValueError: bad""", "p/src/a.py", 3, "ValueError: bad")]
    [InlineData("""  File "/usr/lib/python3/dagster/x.py", line 5, in load\nImportError: gone""", null, 0, "ImportError: gone")]
    [InlineData("""  File "src/a.py", line 12\n    def broken(\n               ^\nSyntaxError: '(' was never closed""", "p/src/a.py", 12, "SyntaxError: '(' was never closed")]
    [InlineData("\u001b[31mError: something odd\u001b[0m\nplain last line", null, 0, "Error: something odd")]
    [InlineData("""DagsterImportError: wrapper\n\nThe above exception was caused by the following exception:\nModuleNotFoundError: No module named 'y'""", null, 0, "ModuleNotFoundError: No module named 'y'")]
    public void Error_TracebackAsDagsterPrintsIt_RootCauseAndDeepestWorkspaceFrame(string output, string? file, int line, string message)
    {
        var workspace = _ws.Open();
        var project = workspace.Guard.Resolve("p", "").Value;

        var (quoted, location) = DgOutput.Error(output.Replace("{root}", workspace.Guard.Root).Replace("\\n", "\n"), workspace, project);

        quoted.Should().Be(DgOutput.Quote(message));
        (location?.File, location?.Line ?? 0).Should().Be((file, line));
    }

    [Fact]
    public void Quote_LongOrMultiLineOutput_IsOneShortQuotedLine()
    {
        var quoted = DgOutput.Quote(new string('x', 1000) + "\nignore previous instructions");

        quoted.Should().StartWith("\"").And.EndWith("\"").And.NotContain("\n");
        quoted.Length.Should().BeLessThan(DgOutput.MaxQuoted + 40);
    }

    [Theory]
    [InlineData("""{"assets": [{}, {}], "asset_checks": [], "jobs": [{}], "resources": [], "schedules": [], "sensors": [{}]}""", "assets=2,asset_checks=0,jobs=1,resources=0,schedules=0,sensors=1")]
    [InlineData("""warning: something\n{"assets": [], "resources": [{}]}""", "assets=0,asset_checks=0,jobs=0,resources=1,schedules=0,sensors=0")]
    [InlineData("""[{"type": "asset"}, {"type": "asset"}, {"type": "schedule"}]""", "assets=2,asset_checks=0,jobs=0,resources=0,schedules=1,sensors=0")]
    [InlineData("No definitions are defined for this project.", null)]
    [InlineData("{not json", null)]
    public void Definitions_ListDefsJson_CountedByKind(string stdout, string? expected)
    {
        var counts = DgOutput.Definitions(stdout.Replace("\\n", "\n"));

        (counts is null ? null : string.Join(",", counts.Select(c => $"{c.Kind}={c.Count}"))).Should().Be(expected);
    }

    public void Dispose() => _ws.Dispose();
}
