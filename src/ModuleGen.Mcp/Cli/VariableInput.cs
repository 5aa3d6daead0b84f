using System.Globalization;
using System.Text.RegularExpressions;
using ModuleGen.Core.Templates;

namespace ModuleGen.Mcp.Cli;

/// <summary>Checks a typed value against a pack variable on the spot, with the rules Core applies when it scaffolds
/// (whole-value pattern, whole numbers, ports 1-65535 or auto, one of the choices).</summary>
internal static class VariableInput
{
    /// <summary>Returns why <paramref name="value"/> is not accepted, or null when it is.</summary>
    public static string? Problem(PackVariable variable, string value) => variable.Type switch
    {
        VariableType.Int when !long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) => "Give a whole number.",
        VariableType.Bool when value is not ("true" or "false") => "Give true or false.",
        VariableType.Choice when !variable.Choices.Contains(value, StringComparer.Ordinal) => $"Give one of: {string.Join(", ", variable.Choices)}.",
        VariableType.Port when value != "auto" && !(int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535) =>
            "Give a port from 1 to 65535, or auto.",
        VariableType.String or VariableType.Module or VariableType.Cron or VariableType.TimeZone when variable.Pattern is { } pattern && !Matches(pattern, value) => $"It must match {pattern}.",
        _ => null,
    };

    /// <summary>Tells whether a default is a fixed value (shown and offered) rather than derived from other variables.</summary>
    public static bool IsLiteral(string? defaultValue) => defaultValue is not null && !defaultValue.Contains("{{", StringComparison.Ordinal);

    /// <summary>Reads repeated <c>--addon</c> values, each of which may list several separated by commas; null when
    /// none was given (the pack's recorded or offered add-ons apply).</summary>
    public static IReadOnlyList<string>? Addons(string[]? given) => given is { Length: > 0 }
        ? [.. given.SelectMany(a => a.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))]
        : null;

    /// <summary>Splits <c>--var name=value</c> values at the first '=' (the option's validator has refused any without
    /// a name).</summary>
    public static IEnumerable<KeyValuePair<string, string>> Pairs(string[]? given) =>
        (given ?? []).Select(pair => KeyValuePair.Create(pair[..pair.IndexOf('=')], pair[(pair.IndexOf('=') + 1)..]));

    private static bool Matches(string pattern, string value)
    {
        try
        {
            return Regex.IsMatch(value, $"^(?:{pattern})$", RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
