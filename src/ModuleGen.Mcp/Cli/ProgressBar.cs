using Spectre.Console;

namespace ModuleGen.Mcp.Cli;

/// <summary>Runs long work (an audit, a check or update of many modules) under a progress bar on a terminal that
/// redraws in place, one step per report; elsewhere the work runs silently (a terminal that cannot redraw would print
/// every frame).</summary>
internal static class ProgressBar
{
    public static T Run<TProgress, T>(CliConsole console, string name, Func<TProgress, (int Done, int Total, string Text)> read, Func<IProgress<TProgress>?, T> run)
    {
        if (console.Terminal is not { Profile.Capabilities.Ansi: true } terminal)
        {
            return run(null);
        }

        return terminal.Progress().AutoClear(true).Start(context => run(new Bar<TProgress>(context.AddTask(name, maxValue: 1), read)));
    }

    private sealed class Bar<TProgress>(ProgressTask task, Func<TProgress, (int Done, int Total, string Text)> read) : IProgress<TProgress>
    {
        public void Report(TProgress value)
        {
            var (done, total, text) = read(value);
            task.MaxValue = Math.Max(1, total);
            task.Value = done;
            task.Description = Markup.Escape(text);
        }
    }
}
