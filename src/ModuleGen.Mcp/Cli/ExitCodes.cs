namespace ModuleGen.Mcp.Cli;

/// <summary>Lists the documented exit codes of every verb.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>The tool refused the input or failed; the problems are on stderr (and, for `call`, as JSON on stdout).</summary>
    public const int ToolError = 1;

    /// <summary>The command line itself was wrong: unknown verb, option or tool, a missing value, malformed --args.</summary>
    public const int Usage = 2;

    /// <summary>A check failed: `audit --fail-on` found findings at or above the threshold, a gate or a validation failed.</summary>
    public const int GateFailed = 3;

    /// <summary>`update --check` found a module behind its pack (a newer version, or a pack that renders other files
    /// than recorded): 5, the code `copier check-update` gives an available update, so CI can tell it from a failure.</summary>
    public const int OutOfDate = 5;
}
