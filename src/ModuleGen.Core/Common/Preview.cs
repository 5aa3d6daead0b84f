namespace ModuleGen.Core.Common;

/// <summary>Shortens values for error messages and logs so a 10 MB argument never floods a response.</summary>
public static class Preview
{
    public const int DefaultLength = 120;

    /// <summary>Returns the value cut to <paramref name="max"/> characters with an ellipsis and the original length.</summary>
    public static string Of(string? value, int max = DefaultLength)
    {
        if (value is null)
        {
            return "null";
        }

        var printable = value.Replace("\0", "\\0", StringComparison.Ordinal);
        return printable.Length <= max ? printable : $"{printable[..max]}… ({value.Length} chars)";
    }
}
