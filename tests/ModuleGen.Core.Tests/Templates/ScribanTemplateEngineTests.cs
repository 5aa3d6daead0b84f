using ModuleGen.Core.Common;
using ModuleGen.Core.Templates;

namespace ModuleGen.Core.Tests.Templates;

public sealed class ScribanTemplateEngineTests
{
    private static readonly ScribanTemplateEngine s_engine = new();

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
        ["quoted"] = "say \"hi\"\n\\ \u0007",
    };

    [Theory]
    [InlineData("{{ snake module }}", "customer_orders")]
    [InlineData("{{ module | kebab }}", "customer-orders")]
    [InlineData("{{ pascal module }}", "CustomerOrders")]
    [InlineData("{{ camel module }}", "customerOrders")]
    [InlineData("{{ upper (pascal module) }}", "CUSTOMERORDERS")]
    [InlineData("{{ lower module }}", "customer orders")]
    [InlineData("{{ if port == 4000 }}yes{{ end }}", "yes")]
    [InlineData("{{ if port != 4000 }}yes{{ else }}no{{ end }}", "no")]
    [InlineData("{{ if flag && addons[\"deploy-git\"] }}both{{ end }}", "both")]
    [InlineData("{{ if addons.mysql || !flag }}x{{ else }}y{{ end }}", "y")]
    [InlineData("{{ indent text 2 }}", "  a\n  b")]
    [InlineData("{{ json module }}", "\"Customer Orders\"")]
    [InlineData("{{ json addons }}", "{\"deploy-git\":true,\"mysql\":false}")]
    [InlineData("{{ json items }}", "[\"x\",\"y\"]")]
    [InlineData("{{ quote quoted }}", "\"say \\\"hi\\\"\\n\\\\ \\u0007\"")]
    [InlineData("{{ replace module \" \" \"/\" }}", "Customer/Orders")]
    [InlineData("{{ flag }} {{ port }}", "true 4000")]
    [InlineData("{{ for item in items }}{{ for.index }}={{ item }};{{ end }}", "0=x;1=y;")]
    [InlineData("{{ for item in items }}{{ item }}{{ if !for.last }}, {{ end }}{{ end }}", "x, y")]
    [InlineData("[{{ for item in empty }}{{ item }}{{ else }}none{{ end }}]", "[none]")]
    [InlineData("a\n  {{~ if flag ~}}\n  b\n  {{~ end ~}}\nc", "a\n  b\nc")]
    [InlineData("{{ items | array.join \"+\" }}", "x+y")]
    [InlineData("{{ # a comment }}{{ port }}", "4000")]
    [InlineData("plain text, no tags", "plain text, no tags")]
    public void Render_FunctionsAndStatements_ProduceExpectedText(string template, string expected)
    {
        var result = s_engine.Render(new TemplateSource("t.sbn", template), s_model);

        result.IsOk.Should().BeTrue(string.Join("; ", result.Errors.Select(e => e.Message)));
        result.Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("line1\nline2 {{ missing }}", "template.undefined_variable", 2, 10)]
    [InlineData("{{ if flag }}\n\n  {{ addons.postgres }}{{ end }}", "template.undefined_variable", 3, 13)]
    [InlineData("{{ if addons.mysql }}{{ nope }}{{ end }}", "template.undefined_variable", 1, 25)]
    [InlineData("{{ module.length }}", "template.undefined_variable", 1, 11)]
    [InlineData("{{ items.Count }}", "template.undefined_variable", 1, 10)]
    [InlineData("{{ for item in items }}{{ item.Length }}{{ end }}", "template.undefined_variable", 1, 32)]
    [InlineData("{{ lookup addons 'mysql' }}", "template.undefined_variable", 1, 4)]
    [InlineData("{{ snake }}", "template.helper_arguments", 1, 9)]
    [InlineData("{{ indent text }}", "template.helper_arguments", 1, 15)]
    [InlineData("{{ include 'other.sbn' }}", "template.unsupported", 1, 4)]
    [InlineData("{{ if flag }}x", "template.syntax", 1, 14)]
    [InlineData("{{ if flag }}x{{ end }}{{ end }}", "template.syntax", 1, 29)]
    [InlineData("a\n{{ module +", "template.syntax", 2, 12)]
    public void Render_Problem_ReportsCodeFileLineAndColumn(string template, string code, int line, int column)
    {
        var result = s_engine.Render(new TemplateSource("packs/p/files/x.py.sbn", template), s_model);

        result.IsOk.Should().BeFalse();
        result.Errors[0].Code.Should().Be(code);
        result.Errors[0].Location.Should().Be(new SourceLocation("packs/p/files/x.py.sbn", line, column));
    }

    [Fact]
    public void Render_SeveralUndefinedNames_AllReported()
    {
        var result = s_engine.Render(new TemplateSource("t", "{{ a }} {{ b }}\n{{ if flag }}{{ else }}{{ c }}{{ end }}"), s_model);

        result.Errors.Select(e => e.Location!.Line).Should().Equal(1, 1, 2);
    }

    [Fact]
    public void Render_InlineTemplate_LocationIsInsideTheManifest()
    {
        var result = s_engine.Render(new TemplateSource("template.yaml", "x {{ nope }}", new SourceLocation("template.yaml", 12, 18)), s_model);

        result.Errors[0].Location.Should().Be(new SourceLocation("template.yaml", 12, 23));
    }

    [Fact]
    public void Check_ReportsTheRootNamesUsed()
    {
        var check = s_engine.Check(new TemplateSource("t", "{{ snake module }}/{{ if flag }}{{ port }}{{ end }}{{ for item in items }}{{ item }}{{ end }}"), s_model);

        check.Value.RootNames.Should().Equal("flag", "items", "module", "port");
    }
}
