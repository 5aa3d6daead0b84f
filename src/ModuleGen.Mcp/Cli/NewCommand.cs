using System.CommandLine;
using ModuleGen.Core.Context;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Templates;
using Spectre.Console;

namespace ModuleGen.Mcp.Cli;

/// <summary>`modulegen new [MODULE] --template PACK`: scaffolds a module. On a terminal it asks for what is missing
/// (pack, name, required variables, add-ons); `--no-input` and piped runs never ask and fail on what is missing;
/// `--data-file` reads the answers from YAML. Without --target the module goes where the workspace context suggests.</summary>
/// <remarks>Exit 0 on success, 1 when the scaffold is refused (problems on stderr), 2 for a malformed command line or
/// a missing value that nobody can be asked for.</remarks>
internal static class NewCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var module = new Argument<string>("module") { Description = "Module name as said, e.g. orders or 'customer orders' (asked for on a terminal).", Arity = ArgumentArity.ZeroOrOne };
        var template = new Option<string>("--template", "-t") { Description = "Template pack (see `modulegen templates`; chosen from a list on a terminal).", HelpName = "pack" };
        template.CompletionSources.Add(PackCompletions.Names(runtime));
        var addon = new Option<string[]>("--addon", "-a") { Description = "Add-on to include; repeat or separate with commas (offered on a terminal when none is given).", HelpName = "name" };
        addon.CompletionSources.Add(PackCompletions.Addons(runtime, template));
        var variable = new Option<string[]>("--var") { Description = "Variable value, name=value; repeat for more.", HelpName = "name=value" };
        variable.Validators.Add(result =>
        {
            foreach (var pair in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (pair.IndexOf('=') <= 0)
                {
                    result.AddError($"--var takes name=value, got '{pair}'.");
                }
                else if (pair.StartsWith("module=", StringComparison.Ordinal))
                {
                    result.AddError("the module name is the first argument; do not also pass --var module=….");
                }
            }
        });
        var dataFile = new Option<string>("--data-file") { Description = "YAML file of variable: value (an answers file works too: pack, variables, addons).", HelpName = "file" };
        var noInput = new Option<bool>("--no-input") { Description = "Never ask: take the defaults and fail on what is missing." };
        var target = new Option<string>("--target") { Description = "Workspace-relative folder (default: the folder the workspace context suggests).", HelpName = "dir" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show the change set, write nothing." };
        var diff = new Option<bool>("--diff") { Description = "With --dry-run, print the unified diffs too." };
        var onConflict = new Option<string>("--on-conflict") { Description = "Existing files that differ: fail (default), merge (keep both sides, mark overlaps), skip or overwrite.", HelpName = "policy", DefaultValueFactory = _ => "fail" };
        onConflict.AcceptOnlyFromAmong("fail", "merge", "skip", "overwrite");
        var progress = new Option<bool>("--progress") { Description = "Print one line per file on stderr as it is written (a progress bar on a terminal)." };
        var command = new Command("new", "Scaffold a module from a template pack; asks for what is missing on a terminal.")
        {
            module, template, addon, variable, dataFile, noInput, target, dryRun, diff, onConflict, progress,
        };
        runtime.HelpEpilogues[command] = PacksHelp;
        command.SetAction((parse, _) => runtime.WithCore(parse, core =>
        {
            var console = runtime.Console;
            var answers = new NewAnswers
            {
                Template = parse.GetValue(template),
                Module = parse.GetValue(module),
                Addons = VariableInput.Addons(parse.GetValue(addon)) is { } given ? [.. given] : null,
            };
            foreach (var (name, value) in VariableInput.Pairs(parse.GetValue(variable)))
            {
                answers.Variables[name] = value;
            }

            if (parse.GetValue(dataFile) is { } file && DataFile.Read(file, answers) is { } unreadable)
            {
                console.ErrorLine(unreadable);
                return ExitCodes.Usage;
            }

            if (answers.Module is null && answers.Variables.Remove("module", out var named))
            {
                answers.Module = named;
            }

            var prompts = console.CanPrompt && !parse.GetValue(noInput) && console.Terminal is { } terminal ? new NewPrompts(terminal) : null;
            var catalogue = core.Get<PackCatalogue>();
            if (Gather(console, catalogue, answers, prompts) is { } missing)
            {
                return missing;
            }

            var targetDir = parse.GetValue(target);
            if (targetDir is null)
            {
                var context = core.Get<ContextBuilder>().Build(new BuildContextRequest(answers.Module));
                if (!context.IsOk)
                {
                    return CliOutput.Refused(console, context.Errors);
                }

                targetDir = context.Value.Artifacts.SuggestedTargetDir;
            }

            var variables = answers.Variables.ToDictionary(v => v.Key, v => (object?)v.Value, StringComparer.Ordinal);
            variables["module"] = answers.Module;
            var request = new ScaffoldRequest(answers.Template, targetDir, variables, answers.Addons ?? [], parse.GetValue(dryRun), parse.GetValue(onConflict))
            {
                RecordDiffs = parse.GetValue(diff),
            };
            var service = core.Get<ScaffoldService>();
            var result = ScaffoldProgressDisplay.Run(console, parse.GetValue(progress), p => service.Scaffold(request, p));
            if (!result.IsOk)
            {
                return CliOutput.Refused(console, result.Errors);
            }

            NewSummary.Print(console.Out, result.Value, parse.GetValue(diff), runtime.Settings(parse, serving: false)!.WorkspaceRoot);
            if (answers.Prompted.Count > 0)
            {
                CliOutput.Line(console, $"Same answers without prompts: {answers.AsCommandLine()}");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Completes the answers from prompts, or reports what is missing when nobody can be asked (exit 2).</summary>
    private static int? Gather(CliConsole console, PackCatalogue catalogue, NewAnswers answers, NewPrompts? prompts)
    {
        if (answers.Template is null)
        {
            var packs = catalogue.ListAll().Templates;
            if (prompts is null)
            {
                console.ErrorLine($"new needs --template <pack>; packs: {string.Join(", ", packs.Select(p => p.Name))} (see `modulegen templates`).");
                return ExitCodes.Usage;
            }

            answers.Template = prompts.ChoosePack(packs);
            answers.Prompted.Add("template");
        }

        var described = catalogue.Describe(answers.Template);
        if (!described.IsOk)
        {
            return CliOutput.Refused(console, described.Errors);
        }

        var pack = described.Value;
        var required = pack.Variables.Where(v => v.Required && (v.Name == "module" ? answers.Module is null : !answers.Variables.ContainsKey(v.Name))).ToList();
        if (answers.Module is null && required.All(v => v.Name != "module"))
        {
            required.Insert(0, new PackVariable("module", VariableType.String, true, null, null, [], "Module name"));
        }

        if (prompts is null)
        {
            if (required.Count > 0)
            {
                console.ErrorLine($"missing {string.Join(", ", required.Select(v => v.Name == "module" ? "the module name (first argument)" : $"--var {v.Name}=…"))} " +
                    $"({(console.CanPrompt ? "--no-input asks for nothing" : "nobody to ask: input or output is not a terminal")}).");
                return ExitCodes.Usage;
            }

            return null;
        }

        foreach (var variable in required)
        {
            var value = prompts.Ask(variable, offerDefault: false);
            if (variable.Name == "module")
            {
                answers.Module = value;
            }
            else
            {
                answers.Variables[variable.Name] = value;
            }

            answers.Prompted.Add(variable.Name);
        }

        if (answers.Addons is null && pack.Addons.Count > 0)
        {
            answers.Addons = prompts.ChooseAddons(pack.Addons);
            answers.Prompted.Add("addons");
        }

        var optional = pack.Variables.Where(v => !v.Required && !answers.Variables.ContainsKey(v.Name)).ToList();
        if (optional.Count > 0 && prompts.WantsOptional(optional.Count))
        {
            foreach (var variable in optional)
            {
                // An empty answer keeps the pack's default (derived defaults are rendered by Core).
                var value = prompts.Ask(variable, offerDefault: true);
                if (value.Length > 0 && value != variable.Default)
                {
                    answers.Variables[variable.Name] = value;
                    answers.Prompted.Add(variable.Name);
                }
            }
        }

        return null;
    }

    /// <summary>Lists the packs and their add-ons under `new --help`, so nobody has to look them up elsewhere.</summary>
    private static void PacksHelp(CliRuntime runtime, ParseResult parse, TextWriter output)
    {
        if (runtime.Settings(parse, serving: false) is not { } settings)
        {
            return;
        }

        using var core = new CoreScope(settings);
        if (!core.Host.Workspace.IsOk)
        {
            output.WriteLine($"Packs: the workspace {settings.WorkspaceRoot} cannot be opened to list them.");
            return;
        }

        output.WriteLine("Packs and their add-ons:");
        foreach (var pack in core.Get<PackCatalogue>().ListAll().Templates)
        {
            output.WriteLine($"  {pack.Name,-16} {pack.Description}");
            output.WriteLine($"  {"",-16} add-ons: {(pack.Addons.Count == 0 ? "none" : string.Join(", ", pack.Addons))}");
        }

        output.WriteLine();
        output.WriteLine("Variables of one pack: modulegen templates <pack>");
    }
}
