using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using ModuleGen.Mcp.Hosting;

namespace ModuleGen.Mcp.Cli;

/// <summary>Builds the `modulegen` command tree: global options, then one command per verb, in the order `--help`
/// lists them (README.md's command list follows this order).</summary>
internal static class CommandTree
{
    public const string Description =
        "ModuleGen: deterministic tools for adding a module to a repository, over MCP (stdio) or from the command line.\n" +
        "Without a verb, modulegen is an MCP server reading JSON-RPC on stdin.\n\n" +
        "Exit codes: 0 ok, 1 refused by a tool, 2 usage error, 3 a check failed (audit --fail-on, docs gate, workspace validate, an update that left conflicts).";

    public static RootCommand Build(CliRuntime runtime)
    {
        var root = new RootCommand(Description);
        root.Options.Add(runtime.Workspace);
        root.Options.Add(runtime.LogLevel);
        foreach (var option in root.Options)
        {
            if (option is VersionOption)
            {
                option.Action = new PrintVersion();
            }
            else if (option is HelpOption { Action: HelpAction help })
            {
                option.Action = new HelpWithEpilogue(help, runtime);
            }
        }

        root.Subcommands.Add(NewCommand.Create(runtime));
        root.Subcommands.Add(UpdateCommand.Create(runtime));
        root.Subcommands.Add(TemplatesCommand.Create(runtime));
        root.Subcommands.Add(AuditCommand.Create(runtime));
        root.Subcommands.Add(DocsCommand.Create(runtime));
        root.Subcommands.Add(WorkspaceCommand.Create(runtime));
        root.Subcommands.Add(PlanCommand.Create(runtime));
        root.Subcommands.Add(ToolsCommand.Create(runtime));
        root.Subcommands.Add(CallCommand.Create(runtime));
        root.Subcommands.Add(ServeCommand.Create(root, runtime));
        root.Subcommands.Add(CompletionCommand.Create());
        root.Subcommands.Add(HelpCommand.Create(root));
        return root;
    }

    /// <summary>Prints the generated help, then the verb's epilogue when it has one.</summary>
    private sealed class HelpWithEpilogue(HelpAction help, CliRuntime runtime) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            help.Invoke(parseResult);
            if (runtime.HelpEpilogues.TryGetValue(parseResult.CommandResult.Command, out var epilogue))
            {
                epilogue(runtime, parseResult, parseResult.InvocationConfiguration.Output);
            }

            return ExitCodes.Ok;
        }
    }

    /// <summary>Prints "modulegen VERSION", the form scripts and the packaging tests read.</summary>
    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine($"{ServerInfo.Name} {ServerInfo.Version}");
            return ExitCodes.Ok;
        }
    }
}
