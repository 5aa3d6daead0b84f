using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModuleGen.Core.Json;
using ModuleGen.Mcp.Hosting;

namespace ModuleGen.Mcp.Cli;

/// <summary>Audits the workspace through the audit_workspace tool and prints the report; with --fail-on it gates CI.</summary>
/// <remarks>Exit 0 when no finding reaches the threshold, 3 when one does, 1 when the audit itself was refused.</remarks>
internal sealed class AuditCommand : ICliCommand
{
    private static readonly string[] s_thresholds = ["error", "warning", "info", "never"];

    public string Name => "audit";

    public string Summary => "Audit modules, plans, registry and spec docs; --fail-on gates CI (exit 3).";

    public string Usage => "usage: modulegen audit [--module M] [--format json|markdown|sarif] [--output FILE] [--fail-on error|warning|info|never]";

    public async Task<int> RunAsync(CliContext context, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var options = OptionReader.Read(arguments, ["--module", "--format", "--output", "--fail-on"]);
        if (options.Error is not null || options.Positionals.Count > 0)
        {
            return context.UsageError(options.Error ?? $"unexpected '{options.Positionals[0]}'.", Usage);
        }

        var failOn = options.Values.GetValueOrDefault("--fail-on", "error");
        if (!s_thresholds.Contains(failOn))
        {
            return context.UsageError($"--fail-on must be one of {string.Join(", ", s_thresholds)}.", Usage);
        }

        var args = new Dictionary<string, JsonElement> { ["format"] = JsonSerializer.SerializeToElement(options.Values.GetValueOrDefault("--format", "json"), JsonDefaults.Context.String) };
        Add(args, "module", options.Values.GetValueOrDefault("--module"));
        Add(args, "report_path", options.Values.GetValueOrDefault("--output"));

        await using var server = await InProcessServer.StartAsync(context.Settings, cancellationToken);
        var progress = new Progress<ProgressNotificationValue>(p =>
        {
            if (p.Total is { } total && (p.Progress == total || (int)p.Progress % Math.Max(1, (int)total / 20) == 0))
            {
                context.Error.WriteLine($"{p.Progress}/{total} {p.Message}");
            }
        });
        var result = await server.Client.CallToolAsync("audit_workspace", args.ToDictionary(kv => kv.Key, kv => (object?)kv.Value), progress, cancellationToken: cancellationToken);
        if (result.IsError is true || result.StructuredContent is not { } structured)
        {
            context.Error.WriteLine(string.Join("\n", result.Content.OfType<TextContentBlock>().Select(b => b.Text)));
            return ExitCodes.ToolError;
        }

        var report = structured.TryGetProperty("report", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString()! : structured.GetRawText();
        context.Out.Write(report.EndsWith('\n') ? report : report + "\n");
        var counts = structured.GetProperty("counts");
        var blocking = failOn switch
        {
            "error" => counts.GetProperty("error").GetInt32(),
            "warning" => counts.GetProperty("error").GetInt32() + counts.GetProperty("warning").GetInt32(),
            "info" => counts.GetProperty("total").GetInt32(),
            _ => 0,
        };
        if (blocking > 0)
        {
            context.Error.WriteLine($"{blocking} finding(s) at or above '{failOn}'.");
            return ExitCodes.GateFailed;
        }

        return ExitCodes.Ok;
    }

    private static void Add(Dictionary<string, JsonElement> args, string name, string? value)
    {
        if (value is not null)
        {
            args[name] = JsonSerializer.SerializeToElement(value, JsonDefaults.Context.String);
        }
    }
}
