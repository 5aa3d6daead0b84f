using ModuleGen.Core.Common;
using ModuleGen.Core.Prompts;

namespace ModuleGen.Core.Tests.Prompts;

public sealed class PromptRendererTests
{
    private static readonly Dictionary<string, object?> s_model = new()
    {
        ["name"] = "a<b> & \"c\"",
        ["items"] = new List<object?> { "x", "y" },
        ["nothing"] = null,
        ["nested"] = new Dictionary<string, object?> { ["key"] = "v" },
    };

    [Theory]
    [InlineData("{{name}}", "a<b> & \"c\"")]
    [InlineData("{{#each items}}{{this}}{{#unless @last}},{{/unless}}{{/each}}", "x,y")]
    [InlineData("[{{nothing}}]{{#if nothing}}yes{{else}}no{{/if}}", "[]no")]
    [InlineData("{{nested.key}}", "v")]
    [InlineData("a\r\n{{#each items}}\r\n- {{this}}\r\n{{/each}}\r\nb", "a\n- x\n- y\nb")]
    public void Render_KnownVariables_RendersWithoutEscaping(string template, string expected)
    {
        new PromptRenderer().Render(template, "t.hbs", s_model).Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("Hello {{nam}}", ErrorCodes.PromptVariableMissing)]
    [InlineData("{{#each items}}{{missing}}{{/each}}", ErrorCodes.PromptVariableMissing)]
    [InlineData("{{#if missing}}x{{/if}}", ErrorCodes.PromptVariableMissing)]
    [InlineData("{{#if name}}x{{/each}}", ErrorCodes.PromptTemplateInvalid)]
    [InlineData("{{name", ErrorCodes.PromptTemplateInvalid)]
    public void Render_StrictMode_RefusesUnknownVariablesAndBadSyntax(string template, string code)
    {
        var error = new PromptRenderer().Render(template, "t.hbs", s_model).Errors.Single();

        error.Code.Should().Be(code);
        error.Message.Should().Contain("t.hbs");
    }
}
