using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModuleGen.Core.Json;
using ModuleGen.Mcp.Hosting;

namespace ModuleGen.Mcp.Cli;

/// <summary>Scaffolds a module from a template pack through the scaffold tool, printing what was created, skipped,
/// injected and overwritten. Without --target the module goes where build_context suggests.</summary>
/// <remarks>Exit 0 on success, 1 when a tool refuses (errors on stderr), 2 for a malformed command line.</remarks>
internal sealed class NewCommand : ICliCommand
{
    public string Name => "new";

    public string Summary => "Scaffold a module: modulegen new <module> --template <pack> [--addon A]… [--var k=v]… [--target DIR] [--dry-run].";

    public string Usage =>
        "usage: modulegen new <module> --template <pack> [--addon NAME[,NAME]]… [--var NAME=VALUE]… [--target DIR]\n" +
        "                     [--dry-run [--diff]] [--on-conflict fail|skip|overwrite] [--progress] [--workspace DIR]";

    public async Task<int> RunAsync(CliContext context, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var (settings, error) = NewSettings.Parse(arguments);
        if (settings is null)
        {
            return context.UsageError(error!, Usage);
        }

        await using var server = await InProcessServer.StartAsync(context.Settings, cancellationToken);
        var target = settings.Target;
        if (target is null)
        {
            var built = await server.Client.CallToolAsync("build_context", new Dictionary<string, object?> { ["module"] = settings.Module }, cancellationToken: cancellationToken);
            if (built.IsError is true)
            {
                return Refused(context, built);
            }

            target = built.StructuredContent!.Value.GetProperty("artifacts").GetProperty("suggested_target_dir").GetString()!;
        }

        var progress = settings.Progress ? new LineProgress(context.Error) : null;
        await using var listening = progress?.Listen(server.Client);
        var result = await server.Client.CallToolAsync("scaffold", Arguments(settings, target),
            options: progress is null ? null : new RequestOptions { ProgressToken = new ProgressToken("modulegen-new") }, cancellationToken: cancellationToken);
        if (progress is not null && result.IsError is not true)
        {
            await progress.DrainedAsync();
        }

        if (result.IsError is true)
        {
            return Refused(context, result);
        }

        NewSummary.Print(context.Out, result.StructuredContent!.Value, settings.Diff, context.Settings.WorkspaceRoot);
        return ExitCodes.Ok;
    }

    private static Dictionary<string, object?> Arguments(NewSettings settings, string target)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal) { ["module"] = settings.Module };
        foreach (var (name, value) in settings.Variables)
        {
            variables[name] = value;
        }

        return new Dictionary<string, object?>
        {
            ["template"] = settings.Template,
            ["target_dir"] = target,
            ["variables"] = JsonSerializer.SerializeToElement(variables, JsonDefaults.Context.DictionaryStringString),
            ["addons"] = JsonSerializer.SerializeToElement(settings.Addons.ToArray(), McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(string[]))),
            ["dry_run"] = settings.DryRun,
            ["on_conflict"] = settings.OnConflict,
        };
    }

    private static int Refused(CliContext context, CallToolResult result)
    {
        context.Error.WriteLine(string.Join("\n", result.Content.OfType<TextContentBlock>().Select(b => b.Text)));
        return ExitCodes.ToolError;
    }

    /// <summary>Prints progress notifications as "[n/total] kind path" lines on stderr, in file order (notifications may be
    /// dispatched out of order), from a session-wide handler so the last ones are not lost when the result arrives.</summary>
    private sealed class LineProgress(TextWriter error)
    {
        private readonly SortedDictionary<float, string> _pending = [];
        private readonly Lock _gate = new();
        private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private float _next = 1;

        public IAsyncDisposable Listen(McpClient client) =>
            client.RegisterNotificationHandler(NotificationMethods.ProgressNotification, (notification, _) =>
            {
                if (JsonSerializer.Deserialize(notification.Params, McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(ProgressNotificationParams))) is ProgressNotificationParams { Progress: var value })
                {
                    Report(value);
                }

                return ValueTask.CompletedTask;
            });

        /// <summary>Waits (briefly) until every announced file has been printed.</summary>
        public async Task DrainedAsync()
        {
            try
            {
                await _drained.Task.WaitAsync(TimeSpan.FromSeconds(2));
            }
            catch (TimeoutException)
            {
                // A refused scaffold sends no progress; there is nothing to wait for.
            }
        }

        private void Report(ProgressNotificationValue value)
        {
            lock (_gate)
            {
                _pending[value.Progress] = $"[{value.Progress}/{value.Total}] {value.Message}";
                while (_pending.Remove(_next, out var line))
                {
                    error.WriteLine(line);
                    _next++;
                }

                if (value.Total is { } total && _next > total)
                {
                    _drained.TrySetResult();
                }
            }
        }
    }
}
