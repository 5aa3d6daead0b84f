using ModuleGen.Core.SpecDocs;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.SpecDocs;

/// <summary>Runs check_docs over every Markdown fixture: valid sets have no finding; each invalid set has exactly the
/// one planted finding its findings block names (rule, severity, file, line).</summary>
public sealed class SpecDocsFixtureTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    public static TheoryData<string> Valid => SpecFixture.Names("valid");

    public static TheoryData<string> Invalid => SpecFixture.Names("invalid");

    [Theory]
    [MemberData(nameof(Valid))]
    public void CheckDocs_ValidFixture_HasNoFindings(string name)
    {
        var fixture = SpecFixture.Load("valid", name);

        var findings = Run(fixture);

        fixture.Expected.Should().BeEmpty("a valid fixture plants no defect");
        findings.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void CheckDocs_InvalidFixture_HasExactlyThePlantedFinding(string name)
    {
        var fixture = SpecFixture.Load("invalid", name);

        var findings = Run(fixture);

        fixture.Expected.Should().ContainSingle("each invalid fixture plants exactly one defect");
        findings.Should().Equal(fixture.Expected);
        name.Should().StartWith(fixture.Expected[0][..5].ToLowerInvariant(), "fixtures are named after the rule they plant");
    }

    private IReadOnlyList<string> Run(SpecFixture fixture)
    {
        fixture.WriteTo(_ws);
        var result = new SpecDocsServices(_ws.Root).Checker.Check(new CheckDocsRequest(fixture.Module));
        result.IsOk.Should().BeTrue(string.Join("; ", result.Errors.Select(e => e.Message)));
        result.Value.Findings.Where(f => f.File == null || f.Line is null or < 1 || f.Module != fixture.Module).Should().BeEmpty();
        return result.Value.Findings.Select(SpecDocsServices.Format).ToArray();
    }

    public void Dispose() => _ws.Dispose();
}
