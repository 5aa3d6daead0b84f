using ModuleGen.Core.Common;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Context;

/// <summary>Turns a free-form module name ("Customer Orders", "customer-orders", "CustomerOrders") into its normalised
/// casings, or refuses it with the rule it broke and why that rule exists.</summary>
public static class ModuleNameParser
{
    public const int MaxLength = 64;

    // Python keywords: generated packages are Python, and `import class` cannot work.
    private static readonly HashSet<string> s_keywords = new(StringComparer.Ordinal)
    {
        "false", "none", "true", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
        "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    };

    private static readonly System.Buffers.SearchValues<char> s_allowed =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_");

    /// <summary>Parses <paramref name="input"/>; <paramref name="pointer"/> locates it in the request for errors.</summary>
    public static Result<ModuleNames> Parse(string? input, string pointer = "/module") =>
        Words(input, pointer).Map(words => new ModuleNames(input!, string.Join('_', words), string.Join('-', words), Naming.Pascal(input!), Naming.Camel(input!)));

    /// <summary>Checks <paramref name="input"/> like <see cref="Parse"/> without building its name forms (for checking
    /// many names, e.g. every brick of a plan).</summary>
    public static Result<Unit> Check(string? input, string pointer = "/module") => Words(input, pointer).Map(_ => Unit.Value);

    private static Result<IReadOnlyList<string>> Words(string? input, string pointer)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return Refuse(ErrorCodes.NameEmpty, pointer, input, "The module name is empty.", "Give a name such as 'customer_orders'.");
        }

        if (input.IndexOfAny(['/', '\\']) is var slash and >= 0)
        {
            return Refuse(ErrorCodes.NamePathSeparator, pointer, input,
                $"The module name '{Preview.Of(input)}' contains the path separator '{input[slash]}'; a module name is one name, not a path.",
                "Drop the folders: pass just the name (e.g. 'orders'); the target folder comes from the configuration.");
        }

        if (input.Length > MaxLength)
        {
            return Refuse(ErrorCodes.NameTooLong, pointer, input,
                $"The module name is {input.Length} characters long; at most {MaxLength} are accepted, to keep paths and identifiers portable.",
                "Choose a shorter name.");
        }

        var badAt = input.AsSpan().IndexOfAnyExcept(s_allowed);
        if (badAt >= 0)
        {
            var bad = input[badAt];
            var shown = char.IsControl(bad) || bad > 0x7e ? $"U+{(int)bad:X4}" : $"'{bad}'";
            return Refuse(ErrorCodes.NameInvalidCharacter, pointer, input,
                $"The module name '{Preview.Of(input)}' contains {shown}; only ASCII letters, digits, spaces, '-' and '_' are accepted (the name becomes a package, folder and class name).",
                "Remove or replace the character.");
        }

        var words = Naming.SplitWords(input);
        if (words.Count == 0)
        {
            return Refuse(ErrorCodes.NameEmpty, pointer, input, $"The module name '{input}' has no letters or digits.", "Give a name such as 'customer_orders'.");
        }

        if (char.IsAsciiDigit(words[0][0]))
        {
            return Refuse(ErrorCodes.NameLeadingDigit, pointer, input,
                $"The module name '{input}' starts with a digit; Python packages and class names cannot.",
                $"Put a word first, e.g. 'module_{string.Join('_', words)}'.");
        }

        var snake = string.Join('_', words);
        if (s_keywords.Contains(snake))
        {
            return Refuse(ErrorCodes.NameKeyword, pointer, input,
                $"The module name '{input}' is the Python keyword '{snake}', which cannot be imported as a package.",
                $"Add a word, e.g. '{snake}_module'.");
        }

        if (ReservedNames.IsDeviceName(snake) || ReservedNames.IsDeviceName(string.Join('-', words)))
        {
            return Refuse(ErrorCodes.NameReserved, pointer, input,
                $"The module name '{input}' is a reserved device name on Windows; a folder of that name cannot be created there.",
                $"Add a word, e.g. '{snake}_module'.");
        }

        return Result<IReadOnlyList<string>>.Ok(words);
    }

    private static ToolError Refuse(string code, string pointer, string? found, string message, string hint) =>
        ToolError.Create(code, pointer, message, hint).WithFound(found);
}
