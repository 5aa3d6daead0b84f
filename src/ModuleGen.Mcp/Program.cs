using ModuleGen.Mcp.Cli;
using ModuleGen.Mcp.Hosting;

// The server (no verb or `serve`, and `call`/`tools` in-process) needs the SDK's start-up code: let it compile on a
// second thread while the command line is read and the services are composed. The other verbs call Core directly and
// do not wait for it; deciding per verb would mean parsing the command line before the warm-up could start.
ProtocolWarmUp.Start();

// No verb (or `serve`) speaks MCP over stdio; other verbs are for people and scripts. See `modulegen --help`.
return await CliApp.RunAsync(args);
