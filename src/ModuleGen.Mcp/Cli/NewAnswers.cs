namespace ModuleGen.Mcp.Cli;

/// <summary>What `modulegen new` has gathered so far, from the command line, a data file and the prompts (in that
/// order of precedence).</summary>
internal sealed class NewAnswers
{
    public string? Template { get; set; }

    public string? Module { get; set; }

    /// <summary>Gets the chosen add-ons, or null when none were named (a terminal then offers them).</summary>
    public List<string>? Addons { get; set; }

    /// <summary>Gets the variable values by name (text, as on the command line; Core converts and checks them).</summary>
    public SortedDictionary<string, string> Variables { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the values a person typed at a prompt, so the closing hint can repeat them as flags.</summary>
    public List<string> Prompted { get; } = [];

    /// <summary>Writes the command that gives the same answers without prompts.</summary>
    public string AsCommandLine()
    {
        var words = new List<string> { "modulegen", "new", Quote(Module ?? ""), "--template", Quote(Template ?? "") };
        foreach (var addon in Addons ?? [])
        {
            words.AddRange(["--addon", Quote(addon)]);
        }

        foreach (var (name, value) in Variables.Where(v => v.Key != "module"))
        {
            words.AddRange(["--var", Quote($"{name}={value}")]);
        }

        return string.Join(' ', words);
    }

    private static string Quote(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or '=' or ':' or ',')
            ? word
            : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
