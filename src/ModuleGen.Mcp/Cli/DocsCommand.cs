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
        var command = new Command("docs", "Spec documents of a module: check, trace, gate, next-id.");
        command.Subcommands.Add(Check(runtime));
        command.Subcommands.Add(Trace(runtime));
        command.Subcommands.Add(Gate(runtime));
        command.Subcommands.Add(NextId(runtime));
        return command;
    }

    private static Argument<string> Module() => new("module") { Description = "Module name; its documents are in docs.folder." };

    private static Command Check(CliRuntime runtime)
    {
        var module = Module();
        var format = CliOutput.FormatOption(CliOutput.Text, CliOutput.Json);
        var command = new Command("check", "Check a module's spec documents (rules MG101-MG116); exit 3 when one has an error.") { module, format };
        command.SetAction((parse, _) => runtime.WithCore(parse, core =>
        {
            var console = runtime.Console;
            return CliOutput.Emit(console, core.Get<SpecDocsChecker>().Check(new CheckDocsRequest(parse.GetValue(module), Detail: true)),
                CliOutput.Format(console, parse, format, CliOutput.Text),
                r =>
                {
                    FindingsTable.Write(console, r.Findings);
                    CliOutput.Line(console, $"{r.Module}: step {r.Step}, {r.Documents?.Count ?? 0} document(s) in {r.DocsFolder}; {r.Counts.Errors} error(s), {r.Counts.Warnings} warning(s), {r.Counts.Infos} info.");
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
        var step = new Option<int>("--step", "-s") { Description = "Workflow step, 1 to 5.", Required = true, HelpName = "n" };
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
                    CliOutput.Line(console, $"{r.Module}: step {r.Step}{(r.Phase is { } p ? $" (phase {p})" : "")} gate {(r.Passed ? "passes" : "fails")}.");
                },
                r => r.Passed ? ExitCodes.Ok : ExitCodes.GateFailed);
        }));
        return command;
    }

    private static Command NextId(CliRuntime runtime)
    {
        var module = Module();
        var kind = new Argument<string>("kind") { Description = "req, scen, task or phase." };
        kind.AcceptOnlyFromAmong("req", "scen", "task", "phase");
        var format = CliOutput.FormatOption(CliOutput.Text, CliOutput.Json);
        var command = new Command("next-id", "Print the next free REQ, SCEN, TASK or PHASE ID of a module (nothing is reserved).") { module, kind, format };
        command.SetAction((parse, _) => runtime.WithCore(parse, core =>
        {
            var console = runtime.Console;
            // The bare ID is what scripts want, so text is also the default when piped.
            var chosen = parse.GetValue(format) ?? CliOutput.Text;
            return CliOutput.Emit(console, core.Get<IdAllocator>().Next(new NextIdRequest(parse.GetValue(module), parse.GetValue(kind))), chosen,
                r => CliOutput.Line(console, r.Id));
        }));
        return command;
    }

    private static string Ended(string text) => text.EndsWith('\n') ? text : text + "\n";
}
