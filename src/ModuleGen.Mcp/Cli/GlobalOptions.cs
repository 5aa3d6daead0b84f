namespace ModuleGen.Mcp.Cli;

/// <summary>Holds the options every verb accepts, wherever they stand on the command line.</summary>
internal sealed record GlobalOptions(string? Workspace, string? LogLevel, bool Help, bool Version);
