namespace ModuleGen.Core.Telemetry;

/// <summary>Names the ways a tool call can end, as written to the call log.</summary>
public static class CallOutcome
{
    public const string Ok = "ok";
    public const string ToolError = "tool_error";
    public const string Exception = "exception";
}
