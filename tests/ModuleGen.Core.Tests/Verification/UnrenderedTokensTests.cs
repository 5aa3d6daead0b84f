using ModuleGen.Core.Verification;

namespace ModuleGen.Core.Tests.Verification;

/// <summary>Only a template tag — <c>{{</c>, a name or keyword, <c>}}</c> on one line — is template syntax left unrendered;
/// braces in code (a dict literal, a JSON example) are not.</summary>
public sealed class UnrenderedTokensTests
{
    [Theory]
    [InlineData("name = \"{{ snake module }}\"\n", 1, 9)]
    [InlineData("x\n{{~ if addons.mysql ~}}\n", 2, 1)]
    [InlineData("{{module}} and {{ pascal module }}\n", 1, 1)]
    [InlineData("# {{- end -}}\n", 1, 3)]
    public void FindIn_ATemplateTag_IsFoundWhereItStarts(string text, int line, int column)
    {
        UnrenderedTokens.FindIn(text).Should().NotBeNull().And.Match<(int Line, int Column, int Count)?>(t => t!.Value.Line == line && t.Value.Column == column);
    }

    [Theory]
    [InlineData("run_config = {\"ops\": {\"orders\": {\"config\": {\"limit\": 10}}}}\n")]
    [InlineData("EXAMPLE = {\"a\": {\"b\": {}}}\n")]
    [InlineData("value = {'a': {'b': 1}}\n")]
    [InlineData("x = {{1, 2}}\n")]
    [InlineData("{{ unclosed\n}}\n")]
    public void FindIn_BracesThatAreNoTag_AreNotTemplateSyntax(string text)
    {
        UnrenderedTokens.FindIn(text).Should().BeNull();
    }
}
