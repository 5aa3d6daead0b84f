using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Core.Telemetry;
using ModuleGen.Mcp.Tools;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Wraps every tools/call once, so no tool can forget it: times the call, writes one call-log event and one
/// server log line with the same correlation id.</summary>
internal static class CallLogFilter
{
    public static McpRequestFilter<CallToolRequestParams, CallToolResult> Create(TimeProvider clock) =>
        next => async (request, cancellationToken) =>
        {
            var services = request.Services!;
            var callLog = services.GetRequiredService<WorkspaceHost>().CallLog;
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(LoggingSetup.ToolsCategory);
            var started = clock.GetUtcNow();
            var stopwatch = Stopwatch.StartNew();
            var tool = request.Params?.Name ?? "";
            var correlationId = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray(), 0, 6);
            var arguments = Preview(request.Params?.Arguments);
            try
            {
                var result = await next(request, cancellationToken);
                if (result.IsError is true && result.StructuredContent is null)
                {
                    // Every refusal of ModuleGen's own is structured: this is the SDK's bare "An error occurred invoking",
                    // left when a tool threw (the SDK logged the exception). The caller still gets a code and a hint.
                    result = ToolResultMapper.Failure([Core.Common.ToolError.Create(Core.Common.ErrorCodes.ToolFailed, "",
                        $"'{tool}' failed unexpectedly and could not say why (call {correlationId}).",
                        $"The server's log (stderr, and .modulegen/logs when file logging is on) holds the cause under call {correlationId}; report it as a ModuleGen defect.")]);
                }

                var failed = result.IsError is true;
                Record(failed ? CallOutcome.ToolError : CallOutcome.Ok, failed ? FirstText(result) : null);
                return result;
            }
            catch (Exception ex)
            {
                Record(CallOutcome.Exception, ex.Message);
                logger.LogError(ex, "Tool {Tool} threw [{CorrelationId}]", tool, correlationId);
                throw;
            }

            void Record(string outcome, string? error)
            {
                var elapsed = Math.Round(stopwatch.Elapsed.TotalMilliseconds, 3);
                callLog.Append(new CallEvent(started.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), correlationId, tool, arguments, elapsed, outcome, error));
                logger.LogInformation("Tool {Tool} {Outcome} in {DurationMs} ms [{CorrelationId}]", tool, outcome, elapsed, correlationId);
            }
        };

    // Arguments that cannot be serialised (half a surrogate pair on its own) are logged as such: the log must not fail the call.
    private static string Preview(IDictionary<string, JsonElement>? args)
    {
        try
        {
            return args is null ? "{}" : CallLog.PreviewArguments(JsonSerializer.Serialize(args, ToolJson.Options.GetTypeInfo(typeof(IDictionary<string, JsonElement>))));
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or JsonException)
        {
            return "(arguments that are not valid Unicode)";
        }
    }

    private static string? FirstText(CallToolResult result) =>
        result.Content.OfType<TextContentBlock>().FirstOrDefault()?.Text is { } text ? Core.Common.Preview.Of(text, 500) : null;
}
