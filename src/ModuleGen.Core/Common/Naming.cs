using System.Text;

namespace ModuleGen.Core.Common;

/// <summary>Splits free-form names into words and joins them in the casings generated code needs; shared by module
/// name parsing and the template helpers so both agree on every name.</summary>
public static class Naming
{
    /// <summary>Splits on spaces, '-', '_' and camel-case boundaries ("HTTPServer" → http, server), lower-casing each word.</summary>
    public static IReadOnlyList<string> SplitWords(string input)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            if (c is ' ' or '-' or '_')
            {
                Flush();
                continue;
            }

            var previous = i > 0 ? input[i - 1] : '\0';
            var next = i + 1 < input.Length ? input[i + 1] : '\0';
            var startsWord = char.IsAsciiLetterUpper(c) &&
                (char.IsAsciiLetterLower(previous) || char.IsAsciiDigit(previous) ||
                 (char.IsAsciiLetterUpper(previous) && char.IsAsciiLetterLower(next)));
            if (startsWord)
            {
                Flush();
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }

    /// <summary>Returns customer_orders for "Customer Orders".</summary>
    public static string Snake(string input) => string.Join('_', SplitWords(input));

    /// <summary>Returns customer-orders for "Customer Orders".</summary>
    public static string Kebab(string input) => string.Join('-', SplitWords(input));

    /// <summary>Returns CustomerOrders for "customer orders".</summary>
    public static string Pascal(string input) => string.Concat(SplitWords(input).Select(Capitalise));

    /// <summary>Returns customerOrders for "customer orders".</summary>
    public static string Camel(string input)
    {
        var pascal = Pascal(input);
        return pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal[1..];
    }

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
