using ModuleGen.Core.Templates;

namespace ModuleGen.Core.Tests.Templates;

public sealed class ConditionExpressionTests
{
    private static readonly Dictionary<string, object?> s_values = new()
    {
        ["postgresql"] = true, ["mysql"] = false, ["deploy-git"] = true, ["python_version"] = "3.12",
    };

    [Theory]
    [InlineData("postgresql", true)]
    [InlineData("not postgresql", false)]
    [InlineData("!mysql", true)]
    [InlineData("postgresql and mysql", false)]
    [InlineData("postgresql && deploy-git", true)]
    [InlineData("mysql or deploy-git", true)]
    [InlineData("mysql || (postgresql and not deploy-git)", false)]
    [InlineData("python_version == '3.12'", true)]
    [InlineData("python_version != \"3.12\"", false)]
    public void Evaluate_Expression_GivesExpectedTruth(string text, bool expected)
    {
        var parsed = ConditionExpression.Parse(text);

        parsed.IsOk.Should().BeTrue();
        parsed.Value.Evaluate(n => s_values.GetValueOrDefault(n)).Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("postgresql and")]
    [InlineData("(postgresql")]
    [InlineData("postgresql mysql")]
    [InlineData("postgresql; rm -rf /")]
    [InlineData("a == ")]
    public void Parse_Malformed_IsAConditionError(string text)
    {
        ConditionExpression.Parse(text).Errors.Should().ContainSingle().Which.Code.Should().Be("template.condition_invalid");
    }

    [Fact]
    public void Parse_ListsIdentifiers()
    {
        ConditionExpression.Parse("b or (a and not b) or c == 'x'").Value.Identifiers.Should().Equal("a", "b", "c");
    }
}
