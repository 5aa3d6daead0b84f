using System.CommandLine;
using ModuleGen.Core.Common;
using ModuleGen.Core.Registry;

namespace ModuleGen.Mcp.Cli;

/// <summary>`modulegen workspace list|add|remove|validate|sync`: the Dagster registry files (workspace.yaml, dg.toml),
/// edited only inside ModuleGen's marker blocks.</summary>
internal static class WorkspaceCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var command = new Command("workspace", "The registry files (workspace.yaml, dg.toml): list, add, remove, validate, sync.");
        command.Subcommands.Add(List(runtime));
        command.Subcommands.Add(Edit(runtime, "add", "Register a generated module as its answers file says (inside a marker block).", (r, m, d) => r.Add(new WorkspaceAddRequest(m, d))));
        command.Subcommands.Add(Edit(runtime, "remove", "Remove a module's marker blocks from the registry files.", (r, m, d) => r.Remove(new WorkspaceRemoveRequest(m, d))));
        command.Subcommands.Add(Validate(runtime));
        command.Subcommands.Add(Sync(runtime));
        return command;
    }

    private static Command List(CliRuntime runtime)
    {
        var format = CliOutput.FormatOption(CliOutput.Text, CliOutput.Json);
        var command = new Command("list", "List every registry entry, with its line and whether ModuleGen manages it.") { format };
        command.SetAction((parse, _) => runtime.WithCore(parse, core =>
        {
            var console = runtime.Console;
            return CliOutput.Emit(console, core.Get<WorkspaceRegistryService>().List(), CliOutput.Format(console, parse, format, CliOutput.Text), r =>
            {
                CliOutput.Table(console, ["file", "line", "kind", "entry", "managed"], r.Entries.Select(e => (IReadOnlyList<string>)
                [
                    e.File, e.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Kind, e.LocationName ?? e.Path ?? e.ModuleName ?? "",
                    e.Managed ? $"modulegen:{e.Marker}{(e.HandEdited ? " (edited by hand)" : "")}" : "",
                ]));
                CliOutput.Line(console, $"{r.Entries.Count} entr(y/ies) in {r.Files.Count(f => f.Exists)} registry file(s); {r.Entries.Count(e => e.Managed)} managed by ModuleGen.");
            });
        }));
        return command;
    }

    private static Command Validate(CliRuntime runtime)
    {
        var format = CliOutput.FormatOption(CliOutput.Text, CliOutput.Json);
        var command = new Command("validate", "Check the registry against the modules; exit 3 when it is invalid.") { format };
        command.SetAction((parse, _) => runtime.WithCore(parse, core =>
        {
            var console = runtime.Console;
            return CliOutput.Emit(console, core.Get<WorkspaceRegistryService>().Validate(), CliOutput.Format(console, parse, format, CliOutput.Text), r =>
            {
                if (r.Findings.Count > 0)
                {
                    CliOutput.Table(console, ["severity", "code", "where", "finding", "fix"], r.Findings.Select(f => (IReadOnlyList<string>)
                        [f.Severity.ToString().ToLowerInvariant(), f.Code, f.File is null ? "" : f.Line is { } l ? $"{f.File}:{l}" : f.File, f.Message, f.Hint]));
                }

                CliOutput.Line(console, $"{(r.Valid ? "Valid" : "Invalid")}: {r.Findings.Count} finding(s).");
            }, r => r.Valid ? ExitCodes.Ok : ExitCodes.GateFailed);
        }));
        return command;
    }

    private static Command Sync(CliRuntime runtime)
    {
        var dryRun = DryRun();
        var format = CliOutput.FormatOption(CliOutput.Text, CliOutput.Json);
        var command = new Command("sync", "Make the registry match the modules (keeps blocks edited by hand).") { dryRun, format };
        command.SetAction((parse, _) => runtime.WithCore(parse, core =>
            Print(runtime.Console, parse, format, core.Get<WorkspaceRegistryService>().Sync(new WorkspaceSyncRequest(parse.GetValue(dryRun))))));
        return command;
    }

    private static Command Edit(CliRuntime runtime, string name, string description, Func<WorkspaceRegistryService, string?, bool, Result<RegistryEditResult>> edit)
    {
        var module = new Argument<string>("module") { Description = "Module folder name, e.g. orders." };
        var dryRun = DryRun();
        var format = CliOutput.FormatOption(CliOutput.Text, CliOutput.Json);
        var command = new Command(name, description) { module, dryRun, format };
        command.SetAction((parse, _) => runtime.WithCore(parse, core =>
            Print(runtime.Console, parse, format, edit(core.Get<WorkspaceRegistryService>(), parse.GetValue(module), parse.GetValue(dryRun)))));
        return command;
    }

    private static Option<bool> DryRun() => new("--dry-run") { Description = "Show the changes and diffs, write nothing." };

    private static int Print(CliConsole console, ParseResult parse, Option<string> format, Result<RegistryEditResult> result) =>
        CliOutput.Emit(console, result, CliOutput.Format(console, parse, format, CliOutput.Text), r =>
        {
            if (r.Changes.Count > 0)
            {
                CliOutput.Table(console, ["action", "module", "file", "reason"], r.Changes.Select(c => (IReadOnlyList<string>)[c.Action, c.Module, c.File, c.Reason]));
            }

            foreach (var warning in r.Warnings)
            {
                console.Error.WriteLine($"warning: {warning}");
            }

            CliOutput.Line(console, r.Message);
        });
}
