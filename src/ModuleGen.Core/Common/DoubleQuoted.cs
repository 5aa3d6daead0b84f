using System.Text;

namespace ModuleGen.Core.Common;

/// <summary>Writes a string as a double-quoted scalar with only the escapes YAML and TOML share (<c>\"</c>, <c>\\</c>,
/// <c>\n</c>, <c>\t</c>, <c>\r</c>, <c>\uXXXX</c>), so one writer serves answers files and registry files alike.</summary>
public static class DoubleQuoted
{
    public static string Of(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }
}
