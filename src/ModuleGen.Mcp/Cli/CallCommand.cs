using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModuleGen.Mcp.Hosting;

namespace ModuleGen.Mcp.Cli;

/// <summary>Calls one tool in-process through the real server and prints its structured result as JSON.</summary>
/// <remarks>Exit 0 on success, 1 when the tool answers isError (its errors are on stdout as JSON and on stderr as
/// text), 2 for an unknown tool or malformed arguments.</remarks>
internal sealed class CallCommand : ICliCommand
{
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true, IndentSize = 2, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, TypeInfoResolver = ModuleGen.Core.Json.JsonDefaults.Context };

    public string Name => "call";

    public string Summary => "Call a tool: modulegen call <tool> --args '<json>' (or --args-file F); prints JSON.";

    public string Usage => "usage: modulegen call <tool> [--args JSON | --args-file FILE] [--workspace DIR]";

    public async Task<int> RunAsync(CliContext context, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var parsed = Parse(arguments);
        if (parsed.Error is not null)
        {
            return context.UsageError(parsed.Error, Usage);
        }

        await using var server = await InProcessServer.StartAsync(context.Settings, cancellationToken);
        var tools = await server.Client.ListToolsAsync(cancellationToken: cancellationToken);
        if (tools.All(t => t.Name != parsed.Tool))
        {
            return context.UsageError($"unknown tool '{parsed.Tool}'. Known tools: {string.Join(", ", tools.Select(t => t.Name).Order(StringComparer.Ordinal))}.", Usage);
        }

        var result = await server.Client.CallToolAsync(
            new CallToolRequestParams { Name = parsed.Tool!, Arguments = parsed.Arguments },
            cancellationToken);
        Print(context, result);
        return result.IsError is true ? ExitCodes.ToolError : ExitCodes.Ok;
    }

    private static void Print(CliContext context, CallToolResult result)
    {
        var text = string.Join("\n", result.Content.OfType<TextContentBlock>().Select(b => b.Text));
        if (result.StructuredContent is { } structured)
        {
            context.Out.WriteLine(JsonSerializer.Serialize(structured, s_indented.GetTypeInfo(typeof(JsonElement))));
        }
        else
        {
            context.Out.WriteLine(text);
        }

        if (result.IsError is true)
        {
            context.Error.WriteLine(text);
        }
    }

    private static (string? Tool, Dictionary<string, JsonElement>? Arguments, string? Error) Parse(IReadOnlyList<string> arguments)
    {
        if (arguments.Count == 0 || arguments[0].StartsWith('-'))
        {
            return (null, null, "call needs a tool name.");
        }

        string? json = null;
        for (var i = 1; i < arguments.Count; i++)
        {
            if (arguments[i] is not ("--args" or "--args-file") || i + 1 >= arguments.Count)
            {
                return (null, null, $"unexpected '{arguments[i]}'; give --args JSON or --args-file FILE.");
            }

            if (json is not null)
            {
                return (null, null, "give --args or --args-file once.");
            }

            var value = arguments[++i];
            if (arguments[i - 1] == "--args-file")
            {
                if (!File.Exists(value))
                {
                    return (null, null, $"--args-file '{value}' does not exist.");
                }

                value = File.ReadAllText(value);
            }

            json = value;
        }

        try
        {
            var parsed = JsonSerializer.Deserialize(json ?? "{}", McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(Dictionary<string, JsonElement>)));
            return parsed is Dictionary<string, JsonElement> dictionary
                ? (arguments[0], dictionary, null)
                : (null, null, "--args must be a JSON object.");
        }
        catch (JsonException ex)
        {
            return (null, null, $"--args is not a JSON object: {ex.Message}");
        }
    }
}
