using ModuleGen.Core.Common;
using ModuleGen.Core.Templates;

namespace ModuleGen.Core.Tests.Templates;

public sealed class HandlebarsTemplateEngineTests
{
    private static readonly HandlebarsTemplateEngine s_engine = new();

    private static readonly Dictionary<string, object?> s_model = new(StringComparer.Ordinal)
    {
        ["module"] = "Customer Orders",
        ["port"] = 4000L,
        ["flag"] = true,
        ["text"] = "a\nb",
        ["addons"] = new Dictionary<string, object?> { ["deploy-git"] = true, ["mysql"] = false },
        ["items"] = new List<object?> { "x", "y" },
        ["empty"] = new List<object?>(),
        ["nothing"] = null,
    };

    [Theory]
    [InlineData("{{snake module}}", "customer_orders")]
    [InlineData("{{kebab module}}", "customer-orders")]
    [InlineData("{{pascal module}}", "CustomerOrders")]
    [InlineData("{{camel module}}", "customerOrders")]
    [InlineData("{{upper (pascal module)}}", "CUSTOMERORDERS")]
    [InlineData("{{lower module}}", "customer orders")]
    [InlineData("{{#if (eq port 4000)}}yes{{/if}}", "yes")]
    [InlineData("{{#if (ne port 4000)}}yes{{else}}no{{/if}}", "no")]
    [InlineData("{{#if (and flag addons.deploy-git)}}both{{/if}}", "both")]
    [InlineData("{{#if (or addons.mysql (not flag))}}x{{else}}y{{/if}}", "y")]
    [InlineData("{{indent text 2}}", "  a\n  b")]
    [InlineData("{{json module}}", "\"Customer Orders\"")]
    [InlineData("{{json addons}}", "{\"deploy-git\":true,\"mysql\":false}")]
    [InlineData("{{replace module \" \" \"/\"}}", "Customer/Orders")]
    [InlineData("{{flag}} {{port}}", "true 4000")]
    [InlineData("{{#each items}}{{@index}}={{this}};{{/each}}", "0=x;1=y;")]
    [InlineData("{{#each items as |item|}}{{item}}{{../module}}{{/each}}", "xCustomer OrdersyCustomer Orders")]
    [InlineData("{{#each empty}}{{anything.at.all}}{{/each}}", "")]
    [InlineData("[{{#each nothing}}{{this}}{{else}}none{{/each}}]", "[none]")]
    [InlineData("{{#with addons}}{{mysql}}{{/with}}", "false")]
    [InlineData("{{! a comment }}{{@root.port}}", "4000")]
    public void Render_HelpersAndBlocks_ProduceExpectedText(string template, string expected)
    {
        var result = s_engine.Render(new TemplateSource("t.hbs", template), s_model);

        result.IsOk.Should().BeTrue(string.Join("; ", result.Errors.Select(e => e.Message)));
        result.Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("line1\nline2 {{missing}}", "template.undefined_variable", 2, 7)]
    [InlineData("{{#if flag}}\n\n  {{addons.postgres}}{{/if}}", "template.undefined_variable", 3, 3)]
    [InlineData("{{#if addons.mysql}}{{nope}}{{/if}}", "template.undefined_variable", 1, 21)]
    [InlineData("{{module.Length}}", "template.undefined_variable", 1, 1)]
    [InlineData("{{items.Count}}", "template.undefined_variable", 1, 1)]
    [InlineData("{{#each items}}{{this.Length}}{{/each}}", "template.undefined_variable", 1, 16)]
    [InlineData("{{> partial}}", "template.unsupported", 1, 1)]
    [InlineData("{{{{raw}}}}x{{{{/raw}}}}", "template.unsupported", 1, 1)]
    [InlineData("{{lookup addons 'mysql'}}", "template.unknown_helper", 1, 1)]
    [InlineData("{{#custom}}x{{/custom}}", "template.unknown_helper", 1, 1)]
    [InlineData("{{snake}}", "template.helper_arguments", 1, 1)]
    [InlineData("{{eq port}}", "template.helper_arguments", 1, 1)]
    [InlineData("{{#if flag}}x", "template.syntax", 1, 1)]
    [InlineData("{{#if flag}}x{{/each}}", "template.syntax", 1, 14)]
    [InlineData("a\n{{module", "template.syntax", 2, 1)]
    [InlineData("{{items.[0]}}", "template.unsupported", 1, 1)]
    public void Render_Problem_ReportsCodeFileLineAndColumn(string template, string code, int line, int column)
    {
        var result = s_engine.Render(new TemplateSource("packs/p/files/x.py.hbs", template), s_model);

        result.IsOk.Should().BeFalse();
        result.Errors[0].Code.Should().Be(code);
        result.Errors[0].Location.Should().Be(new SourceLocation("packs/p/files/x.py.hbs", line, column));
    }

    [Fact]
    public void Render_SeveralUndefinedNames_AllReported()
    {
        var result = s_engine.Render(new TemplateSource("t", "{{a}} {{b}}\n{{c}}"), s_model);

        result.Errors.Select(e => e.Location!.Line).Should().Equal(1, 1, 2);
    }

    [Fact]
    public void Render_InlineTemplate_LocationIsInsideTheManifest()
    {
        var result = s_engine.Render(new TemplateSource("template.yaml", "x {{nope}}", new SourceLocation("template.yaml", 12, 18)), s_model);

        result.Errors[0].Location.Should().Be(new SourceLocation("template.yaml", 12, 20));
    }

    [Fact]
    public void Check_ReportsTheRootNamesUsed()
    {
        var check = s_engine.Check(new TemplateSource("t", "{{snake module}}/{{#if flag}}{{port}}{{/if}}{{#each items}}{{this}}{{/each}}"), s_model);

        check.Value.RootNames.Should().Equal("flag", "items", "module", "port");
    }
}
