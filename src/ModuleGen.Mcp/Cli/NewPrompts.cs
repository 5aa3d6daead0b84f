using ModuleGen.Core.Templates;
using Spectre.Console;

namespace ModuleGen.Mcp.Cli;

/// <summary>Asks a person, on a terminal, for what `modulegen new` still lacks: the pack, the module name, required
/// variables, the add-ons, and (if they want) the optional values — defaults and choices shown, each answer checked as
/// it is typed.</summary>
internal sealed class NewPrompts(IAnsiConsole terminal)
{
    public string ChoosePack(IReadOnlyList<TemplateSummary> packs)
    {
        var prompt = new SelectionPrompt<TemplateSummary>()
            .Title("Which [green]template pack[/]?")
            .UseConverter(t => $"{Markup.Escape(t.Name)} [grey]{Markup.Escape(t.Version)} — {Markup.Escape(t.Description)}[/]")
            .AddChoices(packs);
        var chosen = terminal.Prompt(prompt);
        terminal.MarkupLineInterpolated($"Template pack: [green]{chosen.Name}[/]");
        return chosen.Name;
    }

    /// <summary>Asks for one variable: a choice list, a yes/no, or text checked against its type and pattern.</summary>
    public string Ask(PackVariable variable, bool offerDefault)
    {
        var label = $"[green]{Markup.Escape(variable.Name)}[/] [grey]({Markup.Escape(variable.Description)})[/]";
        switch (variable.Type)
        {
            case VariableType.Choice:
                var choices = variable.Choices.ToList();
                if (offerDefault && variable.Default is { } first && choices.Remove(first))
                {
                    choices.Insert(0, first);
                }

                var picked = terminal.Prompt(new SelectionPrompt<string>().Title(label).AddChoices(choices));
                terminal.MarkupLineInterpolated($"{variable.Name}: [green]{picked}[/]");
                return picked;
            case VariableType.Bool:
                return terminal.Prompt(new ConfirmationPrompt(label) { DefaultValue = variable.Default == "true" }) ? "true" : "false";
            default:
                // A shown default ends the label with "(default):"; without one, the label gets its own colon.
                var shown = offerDefault && VariableInput.IsLiteral(variable.Default);
                var text = new TextPrompt<string>(label + (shown ? "" : offerDefault ? " [grey](empty: derived from the other values)[/]:" : ":"))
                    .Validate(value => value.Length == 0 && offerDefault
                        ? ValidationResult.Success()
                        : VariableInput.Problem(variable, value) is { } problem ? ValidationResult.Error(Markup.Escape(problem)) : ValidationResult.Success());
                if (shown)
                {
                    text.DefaultValue(variable.Default!);
                }
                else if (offerDefault)
                {
                    text.AllowEmpty();
                }

                return terminal.Prompt(text);
        }
    }

    /// <summary>Offers the pack's add-ons (none ticked); asks again while the choice has a conflict or a missing requirement.</summary>
    public List<string> ChooseAddons(IReadOnlyList<PackAddon> addons)
    {
        while (true)
        {
            var prompt = new MultiSelectionPrompt<PackAddon>()
                .Title("Which [green]add-ons[/]?")
                .NotRequired()
                .InstructionsText("[grey](space ticks an add-on, enter accepts; none is fine)[/]")
                .UseConverter(a => $"{Markup.Escape(a.Name)} [grey]— {Markup.Escape(a.Description)}[/]")
                .AddChoices(addons);
            var chosen = terminal.Prompt(prompt).Select(a => a.Name).ToList();
            if (Problem(addons, chosen) is not { } problem)
            {
                terminal.MarkupLineInterpolated($"Add-ons: [green]{(chosen.Count == 0 ? "none" : string.Join(", ", chosen))}[/]");
                return chosen;
            }

            terminal.MarkupLineInterpolated($"[red]{problem}[/] Choose again.");
        }
    }

    /// <summary>Asks whether to go through the optional values (defaults are kept otherwise).</summary>
    public bool WantsOptional(int count) =>
        terminal.Prompt(new ConfirmationPrompt($"Review the {count} optional value(s) (defaults are used otherwise)?") { DefaultValue = false });

    internal static string? Problem(IReadOnlyList<PackAddon> addons, IReadOnlyList<string> chosen)
    {
        foreach (var name in chosen)
        {
            var addon = addons.First(a => a.Name == name);
            if (addon.Conflicts.FirstOrDefault(chosen.Contains) is { } conflict)
            {
                return $"{name} and {conflict} cannot be combined.";
            }

            if (addon.Requires.FirstOrDefault(r => !chosen.Contains(r)) is { } required)
            {
                return $"{name} needs {required} too.";
            }
        }

        return null;
    }
}
