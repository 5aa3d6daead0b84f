namespace ModuleGen.Mcp.Cli;

/// <summary>Holds the parsed arguments of `modulegen new`.</summary>
/// <param name="Module">The module name (passed to the pack as the variable 'module').</param>
/// <param name="Template">The pack to render.</param>
/// <param name="Addons">Add-ons, in the order given.</param>
/// <param name="Variables">--var name=value pairs, in the order given.</param>
/// <param name="Target">--target folder, or null for build_context's suggested target dir.</param>
/// <param name="DryRun">--dry-run: show the change set, write nothing.</param>
/// <param name="Diff">--diff: with --dry-run, print the unified diffs too.</param>
/// <param name="OnConflict">--on-conflict fail|skip|overwrite.</param>
/// <param name="Progress">--progress: print one line per file to stderr as it is written.</param>
internal sealed record NewSettings(
    string Module,
    string Template,
    IReadOnlyList<string> Addons,
    IReadOnlyList<KeyValuePair<string, string>> Variables,
    string? Target,
    bool DryRun,
    bool Diff,
    string OnConflict,
    bool Progress)
{
    /// <summary>Parses the verb's arguments; returns an error text for malformed input.</summary>
    public static (NewSettings? Settings, string? Error) Parse(IReadOnlyList<string> arguments)
    {
        string? module = null, template = null, target = null, onConflict = "fail";
        bool dryRun = false, diff = false, progress = false;
        var addons = new List<string>();
        var variables = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < arguments.Count; i++)
        {
            var arg = arguments[i];
            if (arg is "--dry-run" or "--diff" or "--progress")
            {
                (dryRun, diff, progress) = (dryRun || arg == "--dry-run", diff || arg == "--diff", progress || arg == "--progress");
                continue;
            }

            if (arg is "--template" or "-t" or "--addon" or "-a" or "--var" or "--target" or "--on-conflict")
            {
                if (i + 1 >= arguments.Count)
                {
                    return (null, $"{arg} needs a value.");
                }

                var value = arguments[++i];
                switch (arg)
                {
                    case "--template" or "-t":
                        template = value;
                        break;
                    case "--addon" or "-a":
                        addons.AddRange(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                        break;
                    case "--target":
                        target = value;
                        break;
                    case "--on-conflict":
                        onConflict = value;
                        break;
                    default:
                        var equals = value.IndexOf('=');
                        if (equals <= 0)
                        {
                            return (null, $"--var takes name=value, got '{value}'.");
                        }

                        variables.Add(new(value[..equals], value[(equals + 1)..]));
                        break;
                }

                continue;
            }

            if (arg.StartsWith('-') || module is not null)
            {
                return (null, $"unexpected '{arg}'.");
            }

            module = arg;
        }

        return module is null ? (null, "new needs a module name.")
            : template is null ? (null, "new needs --template <pack> (see `modulegen call list_templates`).")
            : variables.Any(v => v.Key == "module") ? (null, "the module name is the first argument; do not also pass --var module=….")
            : (new NewSettings(module, template, addons, variables, target, dryRun, diff, onConflict!, progress), null);
    }
}
