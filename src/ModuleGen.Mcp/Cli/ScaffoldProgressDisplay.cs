using ModuleGen.Core.Scaffolding;
using Spectre.Console;

namespace ModuleGen.Mcp.Cli;

/// <summary>Shows a scaffold's progress: a bar on a terminal, "[n/total] kind path" lines on stderr with --progress
/// otherwise.</summary>
internal static class ScaffoldProgressDisplay
{
    public static T Run<T>(CliConsole console, bool lines, Func<IProgress<ScaffoldProgress>?, T> scaffold)
    {
        // A terminal that cannot redraw in place would print every frame of the bar; it gets no bar.
        if (console.Terminal is { Profile.Capabilities.Ansi: true } terminal)
        {
            return terminal.Progress().AutoClear(true).Start(context =>
            {
                var task = context.AddTask("scaffold", maxValue: 1);
                return scaffold(new Bar(task));
            });
        }

        return scaffold(lines ? new Lines(console.Error) : null);
    }

    private sealed class Bar(ProgressTask task) : IProgress<ScaffoldProgress>
    {
        public void Report(ScaffoldProgress value)
        {
            task.MaxValue = Math.Max(1, value.Total);
            task.Value = value.Done;
            task.Description = Markup.Escape($"{value.Kind.ToString().ToLowerInvariant()} {value.Path}");
        }
    }

    private sealed class Lines(TextWriter error) : IProgress<ScaffoldProgress>
    {
        public void Report(ScaffoldProgress value) =>
            error.WriteLine($"[{value.Done}/{value.Total}] {value.Kind.ToString().ToLowerInvariant()} {value.Path}");
    }
}
