using ModuleGen.Mcp.Cli;
using ModuleGen.Mcp.Hosting;

// Every verb but --help/--version starts the server (over stdio, or in-process for the CLI verbs): let the SDK's
// start-up code compile on a second thread while the command line is read and the services are composed.
ProtocolWarmUp.Start();

// No verb (or `serve`) speaks MCP over stdio; other verbs are for people and scripts. See `modulegen --help`.
return await CliApp.RunAsync(args);
