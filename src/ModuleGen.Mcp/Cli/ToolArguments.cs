using System.Text.Json;

namespace ModuleGen.Mcp.Cli;

/// <summary>Reads the JSON object of `call --args`, turning every way it can be malformed (not JSON, not an object, a
/// lone UTF-16 surrogate in the text or in a \u escape) into one line for the person, never an exception.</summary>
internal static class ToolArguments
{
    private const string Example = "e.g. --args '{\"module\":\"orders\"}'";

    public static (Dictionary<string, JsonElement>? Arguments, string? Problem) Parse(string? text, string source)
    {
        if (text is null)
        {
            return ([], null);
        }

        if (LoneSurrogate(text) is { } index)
        {
            return (null, $"{source} holds a lone UTF-16 surrogate at character {index + 1}; pass valid Unicode text.");
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(text);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            // Messages may be bare resource keys in this build (UseSystemResourceKeys), so say what is wrong ourselves.
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, byte {ex.BytePositionInLine + 1}" : "";
            return (null, $"{source} is not valid JSON{where}. Give a JSON object with double-quoted names and strings, {Example}.");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, $"{source} must be a JSON object, not {root.ValueKind.ToString().ToLowerInvariant()}; {Example}.");
        }

        if (EscapedSurrogate(root) is { } pointer)
        {
            return (null, $"{source} holds a lone UTF-16 surrogate (a \\u escape) at {pointer}; pass valid Unicode text.");
        }

        var arguments = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            arguments[property.Name] = property.Value;
        }

        return (arguments, null);
    }

    private static int? LoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>Finds a string or property name whose \u escapes decode to invalid UTF-16; returns its JSON pointer.</summary>
    private static string? EscapedSurrogate(JsonElement element, string pointer = "")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!Decodes(() => property.Name))
                    {
                        return pointer + "/";
                    }

                    if (EscapedSurrogate(property.Value, $"{pointer}/{property.Name}") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (EscapedSurrogate(item, $"{pointer}/{index++}") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.String:
                return Decodes(() => element.GetString()!) && LoneSurrogate(element.GetString()!) is null ? null : pointer.Length == 0 ? "/" : pointer;
            default:
                return null;
        }
    }

    private static bool Decodes(Func<string> read)
    {
        try
        {
            _ = read();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
