namespace ModuleGen.Core.Common;

/// <summary>Splits text into lines that keep their '\n' (the last one may have none), so joining them gives the text
/// back byte for byte: the unit of the three-way merge and of the base store.</summary>
public static class TextLines
{
    public static string[] Split(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return [.. lines];
    }
}
