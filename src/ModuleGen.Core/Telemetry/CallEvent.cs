namespace ModuleGen.Core.Telemetry;

/// <summary>Records one tool call: when, which, with what (shortened), how long, and how it ended.</summary>
/// <param name="Time">UTC time the call started, ISO 8601.</param>
/// <param name="CorrelationId">Ties this event to the server log lines of the same call.</param>
/// <param name="Tool">The tool's name.</param>
/// <param name="Arguments">The arguments as JSON, cut to <see cref="CallLog.ArgumentPreviewLength"/> characters.</param>
/// <param name="DurationMs">Elapsed milliseconds.</param>
/// <param name="Outcome"><c>ok</c>, <c>tool_error</c> (an isError result) or <c>exception</c>.</param>
/// <param name="Error">The first error message, when the call did not succeed.</param>
public sealed record CallEvent(
    string Time,
    string CorrelationId,
    string Tool,
    string Arguments,
    double DurationMs,
    string Outcome,
    string? Error);
