using System.CommandLine;

namespace ModuleGen.Mcp.Cli;

/// <summary>`modulegen help [verb…]`: the same text as `modulegen [verb…] --help`.</summary>
internal static class HelpCommand
{
    public static Command Create(RootCommand root)
    {
        var verb = new Argument<string[]>("verb") { Description = "The verb (and sub-verb) to explain, e.g. `docs gate`.", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("help", "Show help for modulegen or for one verb.") { verb };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(verb) ?? [];
            var inner = root.Parse([.. path, "--help"]);
            if (inner.Errors.Count > 0)
            {
                parse.InvocationConfiguration.Error.WriteLine($"error: unknown verb '{string.Join(' ', path)}'.");
                var near = DidYouMean.Suggest(path[^1], inner.CommandResult.Command);
                if (near.Count > 0)
                {
                    parse.InvocationConfiguration.Error.WriteLine($"Did you mean {string.Join(" or ", near.Select(n => $"'{n}'"))}?");
                }

                return ExitCodes.Usage;
            }

            return await inner.InvokeAsync(parse.InvocationConfiguration, cancellationToken);
        });
        return command;
    }
}
