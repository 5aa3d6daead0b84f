using System.CommandLine;
using ModelContextProtocol.Protocol;
using ModuleGen.Mcp.Hosting;
using ModuleGen.Mcp.Tools;

namespace ModuleGen.Mcp.Cli;

/// <summary>`modulegen call TOOL --args JSON`: raw access to every tool, through the very server MCP clients get (run
/// in-process), printing its structured result as JSON.</summary>
/// <remarks>Exit 0 on success; 1 when the tool answers isError (its errors as JSON on stdout and as text on stderr);
/// 2 for an unknown tool or arguments that are not a JSON object of valid Unicode text (<see cref="ToolArguments"/>).</remarks>
internal static class CallCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var tool = new Argument<string>("tool") { Description = "Tool name, as `modulegen tools` lists it." };
        var args = new Option<string>("--args") { Description = "Arguments as a JSON object, e.g. '{\"module\":\"orders\"}'.", HelpName = "json" };
        var argsFile = new Option<FileInfo>("--args-file") { Description = "File holding the arguments as a JSON object.", HelpName = "file" };
        var command = new Command("call", "Call one MCP tool with JSON arguments; prints its structured result as JSON.") { tool, args, argsFile };
        runtime.AddProgramOptions(command);
        command.Validators.Add(result =>
        {
            if (result.GetResult(args) is not null && result.GetResult(argsFile) is not null)
            {
                result.AddError("give --args or --args-file, not both.");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var console = runtime.Console;
            var text = parse.GetValue(args);
            var file = parse.GetValue(argsFile);
            if (file is not null)
            {
                if (!file.Exists)
                {
                    console.ErrorLine($"--args-file '{file}' does not exist.");
                    return ExitCodes.Usage;
                }

                text = await File.ReadAllTextAsync(file.FullName, cancellationToken);
            }

            var (arguments, problem) = ToolArguments.Parse(text, file is null ? "--args" : "--args-file");
            if (problem is not null)
            {
                console.ErrorLine(problem);
                return ExitCodes.Usage;
            }

            if (runtime.Settings(parse, serving: false) is not { } settings)
            {
                return ExitCodes.Usage;
            }

            var name = parse.GetValue(tool)!;
            await using var server = await InProcessServer.StartAsync(settings, cancellationToken);
            var tools = await server.Client.ListToolsAsync(cancellationToken: cancellationToken);
            if (tools.All(t => t.Name != name))
            {
                console.ErrorLine($"unknown tool '{name}'. Known tools: {string.Join(", ", tools.Select(t => t.Name).Order(StringComparer.Ordinal))}.");
                return ExitCodes.Usage;
            }

            var result = await server.Client.CallToolAsync(new CallToolRequestParams { Name = name, Arguments = arguments }, cancellationToken);
            var summary = string.Join("\n", result.Content.OfType<TextContentBlock>().Select(b => b.Text));
            // stdout is JSON in every case: a result without structured content (none of ModuleGen's own) is wrapped.
            var structured = result.StructuredContent ?? ToolResultMapper.Failure([Core.Common.ToolError.Create(Core.Common.ErrorCodes.ToolFailed, "", summary,
                "Read the log on stderr for the cause.")]).StructuredContent!.Value;
            if (result.StructuredContent is null && result.IsError is not true)
            {
                using var plain = System.Text.Json.JsonDocument.Parse(new System.Text.Json.Nodes.JsonObject { ["text"] = summary }.ToJsonString());
                structured = plain.RootElement.Clone();
            }

            CliOutput.WriteJson(console.Out, structured);

            if (result.IsError is true)
            {
                console.Error.WriteLine(summary);
                return ExitCodes.ToolError;
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
