using ModuleGen.Mcp.Cli;

// No verb (or `serve`) speaks MCP over stdio (ServerComposition.RunStdioAsync); other verbs are for people and
// scripts. See `modulegen --help`.
return await CliApp.RunAsync(args);
