namespace ModuleGen.Mcp.Cli;

/// <summary>Reads `--name value` pairs for a verb, refusing unknown names, missing values and repeats.</summary>
internal sealed record OptionReader(IReadOnlyDictionary<string, string> Values, IReadOnlyList<string> Positionals, string? Error)
{
    public static OptionReader Read(IReadOnlyList<string> arguments, IReadOnlyCollection<string> names, IReadOnlyCollection<string>? repeatable = null)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var positionals = new List<string>();
        for (var i = 0; i < arguments.Count; i++)
        {
            var arg = arguments[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                positionals.Add(arg);
                continue;
            }

            if (!names.Contains(arg))
            {
                return Fail($"unknown option '{arg}'.");
            }

            if (i + 1 >= arguments.Count)
            {
                return Fail($"{arg} needs a value.");
            }

            var value = arguments[++i];
            if (values.TryGetValue(arg, out var previous))
            {
                if (repeatable?.Contains(arg) != true)
                {
                    return Fail($"give {arg} once.");
                }

                value = previous + "\n" + value;
            }

            values[arg] = value;
        }

        return new OptionReader(values, positionals, null);

        static OptionReader Fail(string error) => new(new Dictionary<string, string>(), [], error);
    }
}
