using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using ModuleGen.Core.Common;
using ModuleGen.Core.Json;
using ModuleGen.Mcp.Tools;
using Spectre.Console;

namespace ModuleGen.Mcp.Cli;

/// <summary>How verbs print: structured results as indented JSON (through the source-generated context), people's
/// output as tables on a terminal and aligned columns when piped, refusals as the tool errors on stderr.</summary>
internal static class CliOutput
{
    public const string Json = "json";
    public const string Text = "text";

    private static readonly JsonWriterOptions s_indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Creates a --format option; its default is the first choice on a terminal and json when piped.</summary>
    public static Option<string> FormatOption(params string[] choices)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = $"Output: {string.Join(", ", choices)} (default: {choices[0]} on a terminal, json when piped).",
            HelpName = "format",
        };
        option.AcceptOnlyFromAmong(choices);
        return option;
    }

    /// <summary>Resolves the chosen format: the given one, else the people's format on a terminal, else JSON.</summary>
    public static string Format(CliConsole console, ParseResult parse, Option<string> option, string people) =>
        parse.GetValue(option) ?? (console.Terminal is null ? Json : people);

    /// <summary>Writes a value of a Core record type as indented JSON.</summary>
    public static void WriteJson<T>(TextWriter output, T value) =>
        WriteJson(output, JsonSerializer.SerializeToElement(value, JsonDefaults.Options.GetTypeInfo(typeof(T))));

    /// <summary>Writes a JSON element indented, quotes and non-ASCII letters unescaped.</summary>
    public static void WriteJson(TextWriter output, JsonElement element)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, s_indented))
        {
            element.WriteTo(writer);
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>Prints a refusal (each problem with pointer, code and fix) on stderr and returns exit code 1.</summary>
    public static int Refused(CliConsole console, IReadOnlyList<ToolError> errors)
    {
        console.Error.WriteLine(ToolResultMapper.Describe(errors));
        return ExitCodes.ToolError;
    }

    /// <summary>Prints a result: JSON, or the people's rendering; a refusal goes to stderr with exit 1.</summary>
    public static int Emit<T>(CliConsole console, Result<T> result, string format, Action<T> people, Func<T, int>? exitCode = null)
    {
        if (!result.IsOk)
        {
            return Refused(console, result.Errors);
        }

        if (format == Json)
        {
            WriteJson(console.Out, result.Value);
        }
        else
        {
            people(result.Value);
        }

        return exitCode?.Invoke(result.Value) ?? ExitCodes.Ok;
    }

    /// <summary>Writes a table: a Spectre table on a terminal, columns padded with spaces when piped.</summary>
    public static void Table(CliConsole console, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, string? title = null)
    {
        var all = rows.ToList();
        if (console.Terminal is { } terminal)
        {
            var table = new Table { Border = TableBorder.Rounded };
            if (title is not null)
            {
                table.Title = new TableTitle(Markup.Escape(title));
            }

            foreach (var header in headers)
            {
                table.AddColumn(new TableColumn(new Text(header, new Style(decoration: Decoration.Bold))));
            }

            foreach (var row in all)
            {
                table.AddRow(row.Select(cell => (Spectre.Console.Rendering.IRenderable)new Text(cell)).ToArray());
            }

            terminal.Write(table);
            return;
        }

        if (title is not null)
        {
            console.Out.WriteLine(title);
        }

        var widths = headers.Select((h, i) => Math.Max(h.Length, all.Count == 0 ? 0 : all.Max(r => r[i].Length))).ToArray();
        console.Out.WriteLine(Line(headers));
        foreach (var row in all)
        {
            console.Out.WriteLine(Line(row));
        }

        string Line(IReadOnlyList<string> cells) => string.Join("  ", cells.Select((c, i) => i == cells.Count - 1 ? c : c.PadRight(widths[i]))).TrimEnd();
    }

    /// <summary>Writes a line of plain text (never read as markup).</summary>
    public static void Line(CliConsole console, string text = "") => console.Out.WriteLine(text);
}
