using System.CommandLine;
using ModuleGen.Core.Common;
using ModuleGen.Core.Templates;

namespace ModuleGen.Mcp.Cli;

/// <summary>`modulegen templates [PACK]`: the packs as a table, or one pack in detail (variables, add-ons, files).</summary>
internal static class TemplatesCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var pack = new Argument<string>("pack") { Description = "Show this pack in detail.", Arity = ArgumentArity.ZeroOrOne, HelpName = "pack" };
        pack.CompletionSources.Add(PackCompletions.Names(runtime));
        var format = CliOutput.FormatOption(CliOutput.Text, CliOutput.Json);
        var command = new Command("templates", "List the template packs, or show one pack's variables, add-ons and files.") { pack, format };
        command.SetAction((parse, _) => runtime.WithCore(parse, core =>
        {
            var console = runtime.Console;
            var chosen = CliOutput.Format(console, parse, format, CliOutput.Text);
            var catalogue = core.Get<PackCatalogue>();
            return parse.GetValue(pack) is { } name
                ? CliOutput.Emit(console, catalogue.Describe(name, helpers: true), chosen, d => Describe(console, d))
                : CliOutput.Emit(console, Result<ListTemplatesResult>.Ok(catalogue.ListAll()), chosen, l => List(console, l));
        }));
        return command;
    }

    private static void List(CliConsole console, ListTemplatesResult list)
    {
        CliOutput.Table(console, ["pack", "version", "origin", "add-ons", "description"], list.Templates.Select(t => (IReadOnlyList<string>)
            [t.Name, t.Version, t.Origin, string.Join(", ", t.Addons), t.Description]));
        foreach (var problem in list.Problems)
        {
            console.Error.WriteLine($"warning: a pack could not be loaded: {problem.Pointer} [{problem.Code}] {problem.Message}");
        }

        CliOutput.Line(console, "Details of one pack: modulegen templates <pack>");
    }

    private static void Describe(CliConsole console, DescribeTemplateResult pack)
    {
        CliOutput.Line(console, $"{pack.Name} {pack.Version} ({pack.Origin}): {pack.Description}");
        CliOutput.Line(console);
        CliOutput.Table(console, ["variable", "type", "default", "accepts", "description"], pack.Variables.Select(v => (IReadOnlyList<string>)
            [v.Name, v.Type.ToString().ToLowerInvariant(), v.Required ? "(required)" : v.Default ?? "", Accepts(v), v.Description]), "Variables");
        CliOutput.Line(console);
        if (pack.Addons.Count > 0)
        {
            CliOutput.Table(console, ["add-on", "description", "conflicts with", "requires"], pack.Addons.Select(a => (IReadOnlyList<string>)
                [a.Name, a.Description, string.Join(", ", a.Conflicts), string.Join(", ", a.Requires)]), "Add-ons");
            CliOutput.Line(console);
        }

        CliOutput.Line(console, $"{pack.Files.Count} file(s), {pack.Injections.Count} injection(s). Scaffold it: modulegen new <module> --template {pack.Name}");
    }

    /// <summary>Says which values a variable takes: its choices, its pattern, or its type's range.</summary>
    internal static string Accepts(PackVariable variable) => variable.Type switch
    {
        VariableType.Choice => string.Join(" | ", variable.Choices),
        VariableType.Bool => "true | false",
        VariableType.Int => "a whole number",
        VariableType.Port => "1-65535 or auto",
        VariableType.Cron => "five cron fields or @hourly | @daily | @weekly | @monthly",
        VariableType.TimeZone => "an IANA time zone name",
        _ => variable.Pattern is null ? "any text" : $"/{variable.Pattern}/",
    };
}
