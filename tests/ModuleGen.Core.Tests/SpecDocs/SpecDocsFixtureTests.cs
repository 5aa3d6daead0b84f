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
        if (FormatNamed(fixture.Name) is { } format)
        {
            result.Value.Sets.Select(s => s.Format).Should().Equal([format], "a fixture named after a format is read as that format");
        }

        return result.Value.Findings.Select(SpecDocsServices.Format).ToArray();
    }

    /// <summary>Returns the format a fixture's name says it is written in (<c>mg104-kiro-…</c>, <c>spec-kit-clean</c>), or null.</summary>
    internal static string? FormatNamed(string name) =>
        new[] { "spec-kit", "kiro", "openspec" }.FirstOrDefault(f => name.StartsWith(f + "-", StringComparison.Ordinal) || name.Contains($"-{f}-", StringComparison.Ordinal));

    public void Dispose() => _ws.Dispose();
}
