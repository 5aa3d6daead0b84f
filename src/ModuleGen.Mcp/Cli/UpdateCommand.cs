using System.CommandLine;
using ModuleGen.Core.Updating;

namespace ModuleGen.Mcp.Cli;

/// <summary>`modulegen update [TARGET] [--module M]`: re-render a generated module with its pack's current version or
/// changed inputs, three-way merged with the user's edits (the <c>update_module</c> tool from the command line);
/// `--check` lists every module behind its pack, `--all` updates each of them, `--done` marks an agent's migration
/// steps done.</summary>
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
        var conflict = new Option<string>("--conflict") { Description = "Overlapping edits: inline markers (default), diff3 (markers with the base section) or rej (a .rej file beside the file).", HelpName = "style", DefaultValueFactory = _ => "inline" };
        conflict.AcceptOnlyFromAmong("inline", "diff3", "rej");
        var dryRun = new Option<bool>("--dry-run") { Description = "Show the merged change set, write nothing." };
        var diff = new Option<bool>("--diff") { Description = "With --dry-run, print the diffs too." };
        var check = new Option<bool>("--check") { Description = "List every generated module (or the one given) behind its pack and whether its update merges cleanly; exits 5 when one is behind." };
        var all = new Option<bool>("--all") { Description = "Update every generated module that is behind its pack, one transaction each; exits 3 when one needs you." };
        var done = new Option<string[]>("--done") { Description = "Mark an agent's migration step done (its id from pending_migrations); repeat for more.", HelpName = "id" };
        var format = CliOutput.FormatOption(CliOutput.Text, CliOutput.Json);
        var command = new Command("update", "Update a generated module to its pack's current version or new inputs, keeping your edits (three-way merge); --check lists modules behind, --all updates them.")
        {
            target, module, template, addon, variable, conflict, dryRun, diff, check, all, done, format,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(check) && result.GetValue(all))
            {
                result.AddError("--check and --all cannot be combined: --check writes nothing, --all updates.");
            }
            else if ((result.GetValue(check) || result.GetValue(all)) && result.GetValue(done) is { Length: > 0 })
            {
                result.AddError("--done marks migration steps of one module; give the module instead of --check or --all.");
            }
            else if (result.GetValue(all) && (result.GetValue(target) ?? result.GetValue(module)) is not null)
            {
                result.AddError("--all updates every module; leave out the folder and --module (or drop --all).");
            }
        });
        command.SetAction((parse, _) => runtime.WithCore(parse, core =>
        {
            var console = runtime.Console;
            var service = core.Get<UpdateService>();
            var chosen = CliOutput.Format(console, parse, format, CliOutput.Text);
            if (parse.GetValue(check) || parse.GetValue(all))
            {
                var result = ProgressBar.Run<UpdateProgress, Core.Common.Result<UpdateManyResult>>(console, "update", p => (p.Done, p.Total, $"{p.Module}: {p.Outcome}"), progress => parse.GetValue(check)
                    ? service.Check(parse.GetValue(target), parse.GetValue(module), progress)
                    : service.UpdateAll(parse.GetValue(conflict), parse.GetValue(dryRun), progress));
                var checking = parse.GetValue(check);
                return CliOutput.Emit(console, result, chosen, r => PrintMany(console, r, checking), r => ExitCode(r, checking));
            }

            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (name, value) in VariableInput.Pairs(parse.GetValue(variable)))
            {
                values[name] = value; // a repeated --var: the last one wins, as in `new`
            }

            var request = new UpdateRequest(parse.GetValue(target), parse.GetValue(module), parse.GetValue(template), values, VariableInput.Addons(parse.GetValue(addon)),
                parse.GetValue(dryRun), parse.GetValue(conflict), parse.GetValue(done) is { Length: > 0 } ids ? ids : null);
            return CliOutput.Emit(console, service.Update(request), chosen,
                r => Print(console, r, parse.GetValue(diff)),
                r => r.NeedsAttention && !r.DryRun ? ExitCodes.GateFailed : ExitCodes.Ok);
        }));
        return command;
    }

    /// <summary>Exit code of --check and --all: 1 when a module could not be checked or updated, 5 when one is behind
    /// its pack (--check), 3 when one needs a person or the agent (conflicts, agent steps, unresolved conflicts), else 0.</summary>
    private static int ExitCode(UpdateManyResult result, bool check) =>
        result.Modules.Any(m => m.State == ModuleState.Failed) ? ExitCodes.ToolError
        : check && result.Modules.Any(m => m.State is ModuleState.Outdated or ModuleState.Drifted) ? ExitCodes.OutOfDate
        : result.NeedsAttention ? ExitCodes.GateFailed
        : ExitCodes.Ok;

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

        foreach (var step in result.PendingMigrations ?? [])
        {
            CliOutput.Line(console, $"Migration step for the agent, not done: {step.Id} ({step.Version}){(step.Migration.Length > 0 ? $" — {step.Migration}" : "")}");
            CliOutput.Line(console, step.Instructions.TrimEnd());
        }

        CliOutput.Line(console, result.Message);
    }

    private static void PrintMany(CliConsole console, UpdateManyResult result, bool check)
    {
        CliOutput.Table(console, ["module", "pack", "version", "state", "update", "needs you"], result.Modules.Select(m => (IReadOnlyList<string>)
        [
            m.TargetDir.Length == 0 ? "." : m.TargetDir,
            m.Template,
            m.ToVersion.Length == 0 || m.ToVersion == m.FromVersion ? m.FromVersion : $"{m.FromVersion} → {m.ToVersion}",
            m.State.ToString().ToLowerInvariant(),
            m.State == ModuleState.Failed ? "failed" : m.Unresolved is not null ? "blocked" : m.Updated ? (m.Conflicts > 0 ? $"updated, {m.Conflicts} conflict(s)" : "updated")
                : m.State == ModuleState.Current ? "-" : m.Conflicts > 0 ? $"{m.Changes} file(s), {m.Conflicts} conflict(s)" : $"{m.Changes} file(s), clean",
            m.NeedsAttention ? m.Message : "",
        ]), check ? "update --check" : result.DryRun ? "update --all (dry run)" : "update --all");
        CliOutput.Line(console, result.Message);
    }
}
