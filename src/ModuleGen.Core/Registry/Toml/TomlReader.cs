using ModuleGen.Core.Common;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace ModuleGen.Core.Registry.Toml;

/// <summary>Reads a TOML file through Tomlyn's full-fidelity syntax tree (with its semantic validation: duplicate keys,
/// tables defined twice) into ModuleGen's small model of tables, entries and 1-based lines. The file itself is never
/// rewritten from the tree: registry edits stay marker blocks spliced into the original bytes, so everything outside
/// the block is kept byte for byte; the tree only reads, and checks that an edited text still parses.</summary>
internal static class TomlReader
{
    /// <summary>Parses <paramref name="text"/>; an error names <paramref name="file"/>, the line and the column.</summary>
    public static Result<TomlDocument> Read(string text, string file, string pointer = "")
    {
        DocumentSyntax document;
        try
        {
            // Tomlyn bounds nesting itself (64 levels, a TomlException past it), so a file of [[[[… thousands deep is refused
            // here rather than overflowing the stack.
            document = SyntaxParser.Parse(text, file, true);
        }
        catch (Exception ex) when (ex is Tomlyn.TomlException or InvalidOperationException)
        {
            return Invalid(file, pointer, 1, 1, ex.Message);
        }

        if (document.Diagnostics.FirstOrDefault(d => d.Kind == DiagnosticMessageKind.Error) is { } error)
        {
            return Invalid(file, pointer, error.Span.Start.Line + 1, error.Span.Start.Column + 1, error.Message);
        }

        var tables = new List<TomlTable> { new([], false, 0, Entries(document.KeyValues)) };
        tables.AddRange(document.Tables.Select(t => new TomlTable(KeyPath(t.Name), t is TableArraySyntax, t.Span.Start.Line + 1, Entries(t.Items))));
        return Result<TomlDocument>.Ok(new TomlDocument(tables));
    }

    private static Result<TomlDocument> Invalid(string file, string pointer, int line, int column, string reason) =>
        ToolError.Create(ErrorCodes.RegistryFileInvalid, pointer, $"'{file}' is not valid TOML at line {line}, column {column}: {reason.TrimEnd('.')}.",
            "Fix the file at the line given (TOML 1.0: tables, arrays of tables, strings, numbers, booleans, arrays, inline tables).") with
        {
            Found = file,
            Location = new SourceLocation(file, line, column),
        };

    private static IReadOnlyList<TomlEntry> Entries(IEnumerable<KeyValueSyntax> items) =>
        items.Select(kv => new TomlEntry(KeyPath(kv.Key), Value(kv.Value), kv.Span.Start.Line + 1)).ToArray();

    private static IReadOnlyList<string> KeyPath(KeySyntax? key) =>
        key is null ? [] : [Part(key.Key), .. key.DotKeys.Select(d => Part(d.Key))];

    private static string Part(BareKeyOrStringValueSyntax? key) => key switch
    {
        BareKeySyntax bare => bare.Key?.Text ?? "",
        StringValueSyntax quoted => quoted.Value ?? "",
        _ => "",
    };

    // string, long, double, bool, a date/time as its text, a list, or a dictionary — what TomlEntry documents.
    private static object? Value(ValueSyntax? value) => value switch
    {
        StringValueSyntax s => s.Value,
        IntegerValueSyntax i => i.Value,
        FloatValueSyntax f => f.Value,
        BooleanValueSyntax b => b.Value,
        DateTimeValueSyntax d => d.Token?.Text,
        ArraySyntax a => a.Items.Select(item => Value(item.Value)).ToArray(),
        InlineTableSyntax t => t.Items.Where(i => i.KeyValue is not null).ToDictionary(i => string.Join('.', KeyPath(i.KeyValue!.Key)), i => Value(i.KeyValue!.Value), StringComparer.Ordinal),
        _ => null,
    };
}
