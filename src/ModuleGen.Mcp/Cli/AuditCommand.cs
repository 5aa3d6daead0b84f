using System.CommandLine;
using ModuleGen.Core.Audit;

namespace ModuleGen.Mcp.Cli;

/// <summary>`modulegen audit`: every audit check over the workspace or one module. A table on a terminal, JSON when
/// piped, Markdown or SARIF on request; `--fail-on` gates CI with exit 3.</summary>
internal static class AuditCommand
{
    private static readonly string[] s_thresholds = ["error", "warning", "info", "never"];

    public static Command Create(CliRuntime runtime)
    {
        var module = new Option<string>("--module", "-m") { Description = "Audit one module folder instead of the whole workspace.", HelpName = "name" };
        var format = CliOutput.FormatOption("table", AuditFormat.Json, AuditFormat.Markdown, AuditFormat.Sarif);
        var output = new Option<string>("--output", "-o") { Description = "Also write the report (json, markdown or sarif) to this workspace-relative file.", HelpName = "file" };
        var failOn = new Option<string>("--fail-on") { Description = "Exit 3 when a finding is at or above this severity: error (default), warning, info or never.", HelpName = "severity", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong(s_thresholds);
        var command = new Command("audit", "Audit modules, plans, registry and spec docs; a table on a terminal, JSON when piped; --fail-on gates CI (exit 3).")
        {
            module, format, output, failOn,
        };
        runtime.AddProgramOptions(command);
        command.SetAction((parse, cancellationToken) => runtime.WithCore(parse, core =>
        {
            var console = runtime.Console;
            var chosen = CliOutput.Format(console, parse, format, "table");
            var request = new AuditRequest(parse.GetValue(module), chosen == "table" ? AuditFormat.Json : chosen, parse.GetValue(output));
            var result = ProgressBar.Run<AuditProgress, Core.Common.Result<AuditResult>>(console, "audit", p => (p.Done, p.Total, $"audited {p.Message}"),
                progress => core.Get<AuditService>().Run(request, progress, cancellationToken));
            return CliOutput.Emit(console, result, CliOutput.Text, report =>
            {
                if (chosen == "table")
                {
                    FindingsTable.Write(console, report.Findings);
                    CliOutput.Line(console, $"Audited {report.Modules.Count} module(s): {report.Counts.Error} error(s), {report.Counts.Warning} warning(s), {report.Counts.Info} info." +
                        (report.ReportPath is null ? "" : $" Report written to {report.ReportPath}."));
                }
                else if (report.Report is { } text)
                {
                    console.Out.Write(text.EndsWith('\n') ? text : text + "\n");
                }
                else
                {
                    CliOutput.WriteJson(console.Out, report);
                }
            }, report => Gate(console, report.Counts, parse.GetValue(failOn)!));
        }));
        return command;
    }

    private static int Gate(CliConsole console, AuditCounts counts, string failOn)
    {
        var blocking = failOn switch
        {
            "error" => counts.Error,
            "warning" => counts.Error + counts.Warning,
            "info" => counts.Total,
            _ => 0,
        };
        if (blocking == 0)
        {
            return ExitCodes.Ok;
        }

        console.Error.WriteLine($"{blocking} finding(s) at or above '{failOn}'.");
        return ExitCodes.GateFailed;
    }
}
