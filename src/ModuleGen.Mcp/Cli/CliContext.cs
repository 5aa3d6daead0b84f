using ModuleGen.Mcp.Hosting;

namespace ModuleGen.Mcp.Cli;

/// <summary>Gives a verb its output streams and the server settings chosen from the global options.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, ServerSettings Settings)
{
    /// <summary>Writes a usage error and returns <see cref="ExitCodes.Usage"/>.</summary>
    public int UsageError(string message, string usage)
    {
        Error.WriteLine($"error: {message}");
        Error.WriteLine(usage);
        return ExitCodes.Usage;
    }
}
