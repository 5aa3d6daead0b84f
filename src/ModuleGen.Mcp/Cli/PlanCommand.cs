using System.CommandLine;
using System.Text.Json;
using ModuleGen.Core.Plans;

namespace ModuleGen.Mcp.Cli;

/// <summary>`modulegen plan validate FILE` and `modulegen plan show MODULE`: module plans from the command line.</summary>
internal static class PlanCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var command = new Command("plan", "Module plans: validate a plan file, show a stored plan.");
        command.Subcommands.Add(Validate(runtime));
        command.Subcommands.Add(Show(runtime));
        return command;
    }

    private static Command Validate(CliRuntime runtime)
    {
        var file = new Argument<FileInfo>("file") { Description = "Plan JSON file ({module, bricks: [...]})." };
        var format = CliOutput.FormatOption(CliOutput.Text, CliOutput.Json);
        var command = new Command("validate", "Validate a plan file without storing it; each problem with its JSON pointer and fix.") { file, format };
        command.SetAction((parse, cancellationToken) => runtime.WithCoreAsync(parse, async core =>
        {
            var console = runtime.Console;
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                console.ErrorLine($"the plan file '{path}' does not exist.");
                return ExitCodes.Usage;
            }

            JsonElement plan;
            try
            {
                using var document = JsonDocument.Parse(await File.ReadAllBytesAsync(path.FullName, cancellationToken));
                plan = document.RootElement.Clone();
            }
            catch (JsonException ex)
            {
                console.ErrorLine($"'{path}' is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}).");
                return ExitCodes.ToolError;
            }

            return CliOutput.Emit(console, core.Get<PlanValidator>().Validate(new ValidatePlanRequest(plan)), CliOutput.Format(console, parse, format, CliOutput.Text),
                r => CliOutput.Line(console, $"The plan for '{r.Module}' is valid: {r.BrickCount} brick(s) ({r.ExpandedBrickCount} with sub-plans expanded), build order {string.Join(" → ", r.BuildOrder)}."));
        }));
        return command;
    }

    private static Command Show(CliRuntime runtime)
    {
        var module = new Argument<string>("module") { Description = "Module name." };
        var format = CliOutput.FormatOption(CliOutput.Text, CliOutput.Json, "mermaid");
        var command = new Command("show", "Show a module's stored plan: its bricks as a table, or JSON, or a Mermaid graph.") { module, format };
        command.SetAction((parse, _) => runtime.WithCore(parse, core =>
        {
            var console = runtime.Console;
            var chosen = CliOutput.Format(console, parse, format, CliOutput.Text);
            var loaded = core.Get<PlanStore>().Load(new LoadPlanRequest(parse.GetValue(module), chosen == "mermaid" ? "mermaid" : null));
            return CliOutput.Emit(console, loaded, chosen == CliOutput.Json ? CliOutput.Json : CliOutput.Text, r =>
            {
                if (chosen == "mermaid")
                {
                    console.Out.Write(r.Mermaid);
                    return;
                }

                CliOutput.Line(console, $"Plan for '{r.Module}' at {r.Path}, revision {r.Revision}:");
                CliOutput.Table(console, ["brick", "type", "target", "description"], r.Plan.Bricks.Select(b => (IReadOnlyList<string>)
                    [b.Name, b.Type ?? "", b.TargetDir ?? "", b.Description ?? ""]));
            });
        }));
        return command;
    }
}
