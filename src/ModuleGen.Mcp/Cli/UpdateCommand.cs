using System.CommandLine;
using ModuleGen.Core.Updating;

namespace ModuleGen.Mcp.Cli;

/// <summary>`modulegen update [TARGET] [--module M]`: re-render a generated module with its pack's current version or
/// changed inputs, three-way merged with the user's edits (the <c>update_module</c> tool from the command line).</summary>
internal static class UpdateCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var target = new Argument<string?>("target") { Description = "Workspace-relative folder a scaffold generated, e.g. modules/orders.", Arity = ArgumentArity.ZeroOrOne };
        var module = new Option<string>("--module", "-m") { Description = "Module name instead of the folder.", HelpName = "name" };
        var template = new Option<string>("--template", "-t") { Description = "The pack to update when several generated into the folder.", HelpName = "pack" };
        var addon = new Option<string[]>("--addon", "-a") { Description = "The complete new add-on list; repeat or separate with commas (omit to keep the recorded one).", HelpName = "name" };
        var variable = new Option<string[]>("--var") { Description = "Variable value to change, name=value; repeat for more.", HelpName = "name=value" };
        variable.Validators.Add(result =>
        {
            foreach (var pair in (result.GetValueOrDefault<string[]>() ?? []).Where(p => p.IndexOf('=') <= 0))
            {
                result.AddError($"--var takes name=value, got '{pair}'.");
            }
        });
        var conflict = new Option<string>("--conflict") { Description = "Overlapping edits: inline markers in the file (default) or a .rej file beside it.", HelpName = "style", DefaultValueFactory = _ => "inline" };
        conflict.AcceptOnlyFromAmong("inline", "rej");
        var dryRun = new Option<bool>("--dry-run") { Description = "Show the merged change set, write nothing." };
        var diff = new Option<bool>("--diff") { Description = "With --dry-run, print the diffs too." };
        var format = CliOutput.FormatOption(CliOutput.Text, CliOutput.Json);
        var command = new Command("update", "Update a generated module to its pack's current version or new inputs, keeping your edits (three-way merge).")
        {
            target, module, template, addon, variable, conflict, dryRun, diff, format,
        };
        command.SetAction((parse, _) => runtime.WithCore(parse, core =>
        {
            var console = runtime.Console;
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (name, value) in VariableInput.Pairs(parse.GetValue(variable)))
            {
                values[name] = value; // a repeated --var: the last one wins, as in `new`
            }

            var request = new UpdateRequest(parse.GetValue(target), parse.GetValue(module), parse.GetValue(template), values, VariableInput.Addons(parse.GetValue(addon)),
                parse.GetValue(dryRun), parse.GetValue(conflict));
            return CliOutput.Emit(console, core.Get<UpdateService>().Update(request), CliOutput.Format(console, parse, format, CliOutput.Text),
                r => Print(console, r, parse.GetValue(diff)),
                r => r.NeedsAttention && !r.DryRun ? ExitCodes.GateFailed : ExitCodes.Ok);
        }));
        return command;
    }

    private static void Print(CliConsole console, UpdateResult result, bool diffs)
    {
        CliOutput.Line(console, $"{result.Template} {result.FromVersion} → {result.ToVersion} in {result.TargetDir}{(result.DryRun ? " (dry run)" : "")}");
        CliOutput.Table(console, ["file", "action", "why"], result.Changes.Select(c => (IReadOnlyList<string>)
            [c.Path, c.Action.ToString().ToLowerInvariant() + (c.NeedsAttention ? " (!)" : ""), c.Reason]));
        if (diffs)
        {
            foreach (var change in result.Changes.Where(c => c.Diff is not null))
            {
                console.Out.Write(change.Diff);
            }
        }

        CliOutput.Line(console, result.Message);
    }
}
