using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModuleGen.Mcp.Hosting;

namespace ModuleGen.Mcp.Cli;

/// <summary>Updates a generated module through the update_module tool, printing one line per file (merged, conflict,
/// kept, …) and what needs attention.</summary>
/// <remarks>Exit 0 when the update ran (even with conflicts to resolve: they are listed), 1 when the tool refuses,
/// 2 for a malformed command line.</remarks>
internal sealed class UpdateCommand : ICliCommand
{
    public string Name => "update";

    public string Summary => "Update a generated module to its current pack, keeping your edits: modulegen update <dir> [--dry-run].";

    public string Usage =>
        "usage: modulegen update <target-dir> | --module NAME  [--template PACK] [--var NAME=VALUE]… [--addons A,B]\n" +
        "                        [--dry-run [--diff]] [--conflict inline|rej] [--workspace DIR]";

    public async Task<int> RunAsync(CliContext context, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var (call, diff, error) = Parse(arguments);
        if (call is null)
        {
            return context.UsageError(error!, Usage);
        }

        await using var server = await InProcessServer.StartAsync(context.Settings, cancellationToken);
        var result = await server.Client.CallToolAsync("update_module", call, cancellationToken: cancellationToken);
        if (result.IsError is true)
        {
            context.Error.WriteLine(string.Join("\n", result.Content.OfType<TextContentBlock>().Select(b => b.Text)));
            return ExitCodes.ToolError;
        }

        Print(context.Out, result.StructuredContent!.Value, diff);
        return ExitCodes.Ok;
    }

    private static void Print(TextWriter output, JsonElement result, bool diffs)
    {
        output.WriteLine($"{(result.GetProperty("dry_run").GetBoolean() ? "Dry run: " : "")}{result.GetProperty("template").GetString()} " +
            $"{result.GetProperty("from_version").GetString()} → {result.GetProperty("to_version").GetString()} in {result.GetProperty("target_dir").GetString()}");
        foreach (var change in result.GetProperty("changes").EnumerateArray())
        {
            var action = change.GetProperty("action").GetString()!;
            var attention = change.GetProperty("needs_attention").GetBoolean();
            if (action == "unchanged" && !attention)
            {
                continue;
            }

            output.WriteLine($"  {(attention ? "! " : "")}{action,-10} {change.GetProperty("path").GetString()}{(attention ? $"  - {change.GetProperty("reason").GetString()}" : "")}");
            if (diffs && change.TryGetProperty("diff", out var diff))
            {
                output.Write(diff.GetString());
            }
        }

        output.WriteLine(result.GetProperty("message").GetString());
    }

    private static (Dictionary<string, object?>? Call, bool Diff, string? Error) Parse(IReadOnlyList<string> arguments)
    {
        var call = new Dictionary<string, object?>(StringComparer.Ordinal);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        bool dryRun = false, diff = false;
        for (var i = 0; i < arguments.Count; i++)
        {
            var arg = arguments[i];
            if (arg is "--dry-run" or "--diff")
            {
                (dryRun, diff) = (dryRun || arg == "--dry-run", diff || arg == "--diff");
                continue;
            }

            if (arg is not ("--module" or "--template" or "--var" or "--addons" or "--conflict"))
            {
                if (arg.StartsWith('-') || call.ContainsKey("target_dir"))
                {
                    return (null, false, $"unexpected '{arg}'.");
                }

                call["target_dir"] = arg;
                continue;
            }

            if (i + 1 >= arguments.Count)
            {
                return (null, false, $"{arg} needs a value.");
            }

            var value = arguments[++i];
            switch (arg)
            {
                case "--var" when value.IndexOf('=') is > 0 and var equals:
                    variables[value[..equals]] = value[(equals + 1)..];
                    break;
                case "--var":
                    return (null, false, $"--var takes name=value, got '{value}'.");
                case "--addons":
                    call["addons"] = JsonSerializer.SerializeToElement(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                        McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(string[])));
                    break;
                default:
                    call[arg[2..]] = value;
                    break;
            }
        }

        if (!call.ContainsKey("target_dir") && !call.ContainsKey("module"))
        {
            return (null, false, "update needs the module's folder (or --module NAME).");
        }

        call["dry_run"] = dryRun;
        if (variables.Count > 0)
        {
            call["variables"] = JsonSerializer.SerializeToElement(variables, McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(Dictionary<string, string>)));
        }

        return (call, diff, null);
    }
}
