using ModuleGen.Core.Common;
using ModuleGen.Core.Registry.Toml;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.Registry;

public sealed class TomlReaderTests
{
    private const string DgWorkspace = """"
        directory_type = "workspace"  # a comment

        [workspace]

        [[workspace.projects]]
        path = "projects/one"

        [[workspace.projects]]
        path = 'projects/two'
        flags = [1, 0x10, -2_000, true, "a\tb", [], {x = 1.5, "y z" = 'w'}]
        when = 1979-05-27T07:32:00Z

        [tool.dg."quoted key"]
        multi = """
        one \
          two"""
        raw = '''
        C:\path'''
        """";

    [Fact]
    public void Read_Subset_GivesTablesEntriesValuesAndLines()
    {
        var document = TomlReader.Read(DgWorkspace, "dg.toml").Value;

        document.Tables.Select(t => (t.Name, t.IsArrayElement, t.Line)).Should().Equal(
            ("", false, 0), ("workspace", false, 3), ("workspace.projects", true, 5), ("workspace.projects", true, 8), ("tool.dg.quoted key", false, 13));
        document.ArrayOf("workspace.projects").Select(t => (t.Find("path")!.Value, t.Find("path")!.Line)).Should().Equal(("projects/one", 6), ("projects/two", 9));
        var flags = (IReadOnlyList<object?>)document.Tables[3].Find("flags")!.Value!;
        flags.Take(5).Should().Equal(1L, 16L, -2000L, true, "a\tb");
        ((IReadOnlyDictionary<string, object?>)flags[6]!).Should().Contain("x", 1.5).And.Contain("y z", "w");
        document.Tables[3].Find("when")!.Value.Should().Be("1979-05-27T07:32:00Z");
        document.Tables[4].Find("multi")!.Value.Should().Be("one two");
        document.Tables[4].Find("raw")!.Value.Should().Be("C:\\path");
    }

    [Theory]
    [InlineData("a = \n", 1)]
    [InlineData("a = 1\na = 2\n", 2)]
    [InlineData("[t]\n[t]\n", 2)]
    [InlineData("a = \"open\n", 1)]
    [InlineData("a = bare\n", 1)]
    [InlineData("a = 1 b = 2\n", 1)]
    [InlineData("x = [1, 2\n", 2)]
    [InlineData("[[a.b]\n", 1)]
    [InlineData("s = \"\\q\"\n", 1)]
    [InlineData("\n\n  = 3\n", 3)]
    public void Read_Invalid_IsAnErrorWithItsLine(string text, int line)
    {
        var error = TomlReader.Read(text, "dg.toml").Errors.Should().ContainSingle().Subject;

        error.Code.Should().Be(ErrorCodes.RegistryFileInvalid);
        error.Location!.File.Should().Be("dg.toml");
        error.Location.Line.Should().Be(line);
    }

    [PythonTheory]
    [InlineData("directory_type = \"workspace\"\n[[workspace.projects]]\npath = \"a\"\n")]
    [InlineData("a = [\n  1,\n  2,\n]\nb = { c = \"d\" }\n")]
    [InlineData("s = \"\"\"\nx\"\"\"\nt = '''y'''\n")]
    public void Read_AgreesWithTomllibOnValidFiles(string text)
    {
        var path = Path.Join(Path.GetTempPath(), $"modulegen-toml-{Guid.NewGuid():N}.toml");
        File.WriteAllText(path, text);
        try
        {
            Python.Run(["-c", "import tomllib, sys; tomllib.load(open(sys.argv[1], 'rb'))", path]).ExitCode.Should().Be(0);
            TomlReader.Read(text, "x.toml").IsOk.Should().BeTrue();
        }
        finally
        {
            File.Delete(path);
        }
    }
}
