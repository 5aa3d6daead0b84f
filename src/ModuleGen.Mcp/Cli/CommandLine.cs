namespace ModuleGen.Mcp.Cli;

/// <summary>Splits argv into the global options, the verb and the verb's own arguments; reports malformed input.</summary>
internal sealed record CommandLine(GlobalOptions Global, string? Verb, IReadOnlyList<string> Arguments, string? Error)
{
    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        string? workspace = null, logLevel = null, verb = null;
        bool help = false, version = false;
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--help" or "-h" or "-?":
                    help = true;
                    break;
                case "--version":
                    version = true;
                    break;
                case "--workspace" or "-w" or "--log-level":
                    if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        return Fail($"{arg} needs a value.");
                    }

                    if (arg == "--log-level")
                    {
                        logLevel = args[++i];
                    }
                    else
                    {
                        workspace = args[++i];
                    }

                    break;
                default:
                    if (verb is null && !arg.StartsWith('-'))
                    {
                        verb = arg;
                    }
                    else
                    {
                        rest.Add(arg);
                    }

                    break;
            }
        }

        return new CommandLine(new GlobalOptions(workspace, logLevel, help, version), verb, rest, null);

        static CommandLine Fail(string error) => new(new GlobalOptions(null, null, false, false), null, [], error);
    }
}
