using System.CommandLine;
using ModuleGen.Core.SpecDocs;
using ModuleGen.Core.SpecDocs.Gates;
using ModuleGen.Core.SpecDocs.Trace;

namespace ModuleGen.Mcp.Cli;

/// <summary>`modulegen docs check|trace|gate|next-id`: the spec-document workflow of a module from the command line.</summary>
internal static class DocsCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var command = new Command("docs", "Spec documents (module pipeline, spec-kit, Kiro, OpenSpec): check, trace, gate, next-id.");
        command.Subcommands.Add(Check(runtime));
        command.Subcommands.Add(Trace(runtime));
        command.Subcommands.Add(Gate(runtime));
        command.Subcommands.Add(NextId(runtime));
        return command;
    }

    private static Argument<string> Module() => new("module") { Description = "Module or spec folder name (docs.folder, specs/*, .kiro/specs/*; an OpenSpec change id)." };

    private static Command Check(CliRuntime runtime)
    {
        var module = new Argument<string?>("module") { Description = "Module or spec folder name; omit to check every spec folder.", Arity = ArgumentArity.ZeroOrOne };
        var format = CliOutput.FormatOption(CliOutput.Text, CliOutput.Json);
        var rules = SpecDocsAuditCheck.AllRules;
        var command = new Command("check", $"Check spec documents (rules {rules[0].Id}-{rules[^1].Id}); exit 3 on an error, and when nothing at all was understood.") { module, format };
        command.SetAction((parse, _) => runtime.WithCore(parse, core =>
        {
            var console = runtime.Console;
            return CliOutput.Emit(console, core.Get<SpecDocsChecker>().Check(new CheckDocsRequest(parse.GetValue(module), Detail: true)),
                CliOutput.Format(console, parse, format, CliOutput.Text),
                r =>
                {
                    FindingsTable.Write(console, r.Findings);
                    foreach (var set in r.Sets)
                    {
                        CliOutput.Line(console, $"{set.Name}: {set.Format}, step {set.Step}, {set.FilesRead.Count} document(s) read in {set.Folder}" +
                            $"{(set.FilesIgnored.Count > 0 ? $", {set.FilesIgnored.Count} ignored" : "")}; {set.Counts.Errors} error(s), {set.Counts.Warnings} warning(s), {set.Counts.Infos} info.");
                    }
                },
                r => r.Counts.Errors > 0 ? ExitCodes.GateFailed : ExitCodes.Ok);
        }));
        return command;
    }

    private static Command Trace(CliRuntime runtime)
    {
        var module = Module();
        var format = CliOutput.FormatOption(CliOutput.Text, CliOutput.Json, "mermaid");
        var command = new Command("trace", "Trace requirements → scenarios → tasks → code and tests (Markdown; json or mermaid on request).") { module, format };
        command.SetAction((parse, _) => runtime.WithCore(parse, core =>
        {
            var console = runtime.Console;
            var chosen = CliOutput.Format(console, parse, format, CliOutput.Text);
            var asked = chosen == CliOutput.Json ? TraceMatrixRequest.Json : chosen == "mermaid" ? TraceMatrixRequest.Mermaid : TraceMatrixRequest.Markdown;
            return CliOutput.Emit(console, core.Get<TraceMatrixBuilder>().Build(new TraceMatrixRequest(parse.GetValue(module), asked)),
                chosen == CliOutput.Json ? CliOutput.Json : CliOutput.Text,
                r => console.Out.Write(Ended((chosen == "mermaid" ? r.Mermaid : r.Markdown) ?? "")));
        }));
        return command;
    }

    private static Command Gate(CliRuntime runtime)
    {
        var module = Module();
        var step = new Option<int>("--step", "-s") { Description = "Workflow step: pipeline 1-5, spec-kit 1-4, Kiro and OpenSpec 1-3.", Required = true, HelpName = "n" };
        var phase = new Option<int?>("--phase") { Description = "Phase for step 5 (2 or more).", HelpName = "n" };
        var coverage = new Option<string>("--coverage") { Description = "Cobertura or lcov report path, for steps 4-5.", HelpName = "file" };
        var format = CliOutput.FormatOption(CliOutput.Text, CliOutput.Json);
        var command = new Command("gate", "Tell whether a module passes the gate of a workflow step; exit 3 when it fails.") { module, step, phase, coverage, format };
        command.SetAction((parse, _) => runtime.WithCore(parse, core =>
        {
            var console = runtime.Console;
            var request = new CheckGateRequest(parse.GetValue(module), parse.GetValue(step), parse.GetValue(phase), parse.GetValue(coverage), Detail: true);
            return CliOutput.Emit(console, core.Get<GateChecker>().Check(request), CliOutput.Format(console, parse, format, CliOutput.Text),
                r =>
                {
                    CliOutput.Table(console, ["check", "passed", "detail"], r.Checks.Select(c => (IReadOnlyList<string>)[c.Name, c.Passed ? "yes" : "NO", c.Detail]));
                    CliOutput.Line(console, $"{r.Module}: step {r.Step}{(r.StepName is { } n ? $" ({n})" : "")}{(r.Phase is { } p ? $" (phase {p})" : "")} gate {(r.Passed ? "passes" : "fails")}.");
                },
                r => r.Passed ? ExitCodes.Ok : ExitCodes.GateFailed);
        }));
        return command;
    }

    private static Command NextId(CliRuntime runtime)
    {
        var module = Module();
        var kind = new Argument<string>("kind") { Description = "Pipeline req|scen|task|phase; spec-kit fr|sc|us|task; Kiro req|criterion|task; OpenSpec task." };
        var parent = new Option<int?>("--parent") { Description = "N for an N.M sub-ID (Kiro criterion, subtask).", HelpName = "n" };
        var format = CliOutput.FormatOption(CliOutput.Text, CliOutput.Json);
        var command = new Command("next-id", "Print the next free ID of a kind in the format's numbering (nothing is reserved).") { module, kind, parent, format };
        command.SetAction((parse, _) => runtime.WithCore(parse, core =>
        {
            var console = runtime.Console;
            // The bare ID is what scripts want, so text is also the default when piped.
            var chosen = parse.GetValue(format) ?? CliOutput.Text;
            return CliOutput.Emit(console, core.Get<IdAllocator>().Next(new NextIdRequest(parse.GetValue(module), parse.GetValue(kind), parse.GetValue(parent))), chosen,
                r => CliOutput.Line(console, r.Id));
        }));
        return command;
    }

    private static string Ended(string text) => text.EndsWith('\n') ? text : text + "\n";
}
