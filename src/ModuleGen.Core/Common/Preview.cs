namespace ModuleGen.Core.Common;

/// <summary>Shortens values for error messages and logs so a 10 MB argument never floods a response.</summary>
public static class Preview
{
    public const int DefaultLength = 120;

    /// <summary>Returns the value cut to <paramref name="max"/> characters with an ellipsis and the original length;
    /// never cuts a surrogate pair in two, and shows half a pair given on its own as U+FFFD (an answer holding it could
    /// not be written as UTF-8 at all).</summary>
    public static string Of(string? value, int max = DefaultLength)
    {
        if (value is null)
        {
            return "null";
        }

        var printable = WellFormed(value.Replace("\0", "\\0", StringComparison.Ordinal));
        if (printable.Length <= max)
        {
            return printable;
        }

        var cut = char.IsHighSurrogate(printable[max - 1]) ? max - 1 : max;
        return $"{printable[..cut]}… ({value.Length} chars)";
    }

    /// <summary>Returns the text with every half of a surrogate pair that stands alone replaced by U+FFFD.</summary>
    public static string WellFormed(string text)
    {
        char[]? fixedText = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                fixedText ??= text.ToCharArray();
                fixedText[i] = '\uFFFD';
            }
        }

        return fixedText is null ? text : new string(fixedText);
    }
}
