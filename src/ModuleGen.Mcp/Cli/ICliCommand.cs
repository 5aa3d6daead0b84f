namespace ModuleGen.Mcp.Cli;

/// <summary>Is one CLI verb: its name, a one-line summary, its usage text, and how it runs.</summary>
internal interface ICliCommand
{
    string Name { get; }

    string Summary { get; }

    string Usage { get; }

    /// <summary>Runs the verb; returns one of <see cref="ExitCodes"/>.</summary>
    Task<int> RunAsync(CliContext context, IReadOnlyList<string> arguments, CancellationToken cancellationToken);
}
