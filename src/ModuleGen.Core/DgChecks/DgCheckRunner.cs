using ModuleGen.Core.Programs;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.DgChecks;

/// <summary>Runs <c>dg check defs</c>, then (when it passed) <c>dg list defs --json</c>, in a dg project — only when the
/// user allowed dg (<see cref="ProgramPermissions"/>) — and turns what happened into <see cref="DgCheck"/>s: passed,
/// failed with the error and where it points, stopped at the timeout, or not run and why, with how to run it.</summary>
/// <remarks>Never "passed" for a check that did not run. Each run goes through <see cref="ProgramRunner"/> (timeout,
/// process group killed, output capped) with the environment <see cref="DgLauncher"/> sets so nothing is installed,
/// synced or written beside the sources.</remarks>
public sealed class DgCheckRunner(ModuleGenWorkspace workspace, ProgramPermissions permissions, ProgramRunner runner, DgCheckOptions options)
{
    /// <summary>Checks the project in <paramref name="project"/> (a folder <see cref="DgProject"/> found).</summary>
    /// <exception cref="OperationCanceledException">The call was cancelled (the running dg is killed first).</exception>
    public IReadOnlyList<DgCheck> Check(WorkspacePath project, CancellationToken cancellationToken)
    {
        var folder = project.RelativePath.Length == 0 ? "the workspace root" : project.RelativePath;
        if (!permissions.Allows(ProgramPermissions.Dg))
        {
            var how = permissions.ReadOnly ? "" : $"; {ProgramPermissions.HowToAllow}";
            return [NotRun(project, $"{permissions.Source}{how}. Or run `dg check defs` in {folder} yourself and fix what it reports")];
        }

        var (launch, whyNot) = DgLauncher.For(workspace, project, options.SearchPath);
        if (launch is null)
        {
            return [NotRun(project, whyNot!)];
        }

        var (checkDefs, _) = Run(DgCheck.CheckDefs, launch, project, ["check", "defs"], cancellationToken);
        if (checkDefs.Status != DgCheckStatus.Passed)
        {
            return [checkDefs];
        }

        string[] list = ["list", "defs", "--json"];
        var (listDefs, listed) = Run(DgCheck.ListDefs, launch, project, list, cancellationToken);
        return [checkDefs, listDefs.Status == DgCheckStatus.Passed ? Counted(listDefs, listed, Shown(launch, list)) : listDefs];
    }

    // Runs one dg command in the project and says how it ended.
    private (DgCheck Check, ProgramOutcome Outcome) Run(string name, DgLauncher.Launch launch, WorkspacePath project, string[] arguments, CancellationToken cancellationToken)
    {
        var outcome = runner.Run(new ProgramRun(launch.FileName, [.. launch.Prefix, .. arguments], project.FullPath)
        {
            Environment = launch.Environment,
            Timeout = permissions.Timeout,
        }, cancellationToken);
        var shown = Shown(launch, arguments);
        var cut = outcome.OutputCut ? $" (output over {ProgramRun.DefaultOutputCap / 1024} KiB per stream was cut)" : "";
        var check = outcome.End switch
        {
            ProgramEnd.CouldNotStart => new DgCheck(name, DgCheckStatus.Incomplete, project.RelativePath, $"{shown} could not start: {DgOutput.Quote(outcome.StartError ?? "")}."),
            ProgramEnd.TimedOut => new DgCheck(name, DgCheckStatus.Incomplete, project.RelativePath,
                $"{shown} did not finish within {permissions.Timeout.TotalSeconds:0} s and was stopped (its whole process group killed){cut}; " +
                "code that waits at import (a database, the network) makes dg hang: run it yourself to see where, or raise --exec-timeout."),
            _ when outcome.ExitCode != 0 => Failed(name, project, outcome, shown, cut),
            _ => new DgCheck(name, DgCheckStatus.Passed, project.RelativePath, $"{shown} exited with code 0{cut}."),
        };
        return (check, outcome);
    }

    private DgCheck Failed(string name, WorkspacePath project, ProgramOutcome outcome, string shown, string cut)
    {
        var (message, location) = DgOutput.Error(outcome.Stderr + "\n" + outcome.Stdout, workspace, project);
        var at = location is null ? "" : $" at {location.File}:{location.Line}";
        return new DgCheck(name, DgCheckStatus.Failed, project.RelativePath, $"{shown} exited with code {outcome.ExitCode}{at}: {message}{cut}.", location);
    }

    // dg list defs passed: what it lists, or that it lists nothing, or that its output cannot be read.
    private static DgCheck Counted(DgCheck passed, ProgramOutcome outcome, string shown)
    {
        if (DgOutput.Definitions(outcome.Stdout) is not { } counts)
        {
            return passed with
            {
                Status = DgCheckStatus.Incomplete,
                Detail = $"{shown} exited with code 0 but printed no definitions list ModuleGen can read{(outcome.OutputCut ? " (its output was cut at the cap)" : "")}: {DgOutput.Quote(outcome.Stdout)}.",
            };
        }

        var listed = counts.Where(c => c.Count > 0).Select(c => $"{c.Count} {c.Kind[..^1].Replace('_', ' ')}{(c.Count == 1 ? "" : "s")}").ToArray();
        return listed.Length == 0
            ? passed with { Status = DgCheckStatus.NoDefinitions, Detail = $"{shown} lists no definitions: the project loads but defines no asset, job, schedule, sensor or resource." }
            : passed with { Detail = $"{shown} lists {string.Join(", ", listed)}." };
    }

    private static string Shown(DgLauncher.Launch launch, string[] arguments) => $"`{launch.Shown} {string.Join(' ', arguments)}` ({launch.Via})";

    private static DgCheck NotRun(WorkspacePath project, string why) =>
        new(DgCheck.CheckDefs, DgCheckStatus.NotRun, project.RelativePath, $"dg check defs and dg list defs were not run: {why}.");
}
