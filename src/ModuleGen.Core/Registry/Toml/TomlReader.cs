using ModuleGen.Core.Common;

namespace ModuleGen.Core.Registry.Toml;

/// <summary>Reads the subset of TOML 1.0 registry files use, with line numbers: comments, <c>[tables]</c>,
/// <c>[[arrays of tables]]</c>, bare/quoted/dotted keys, basic and literal strings (single- and multi-line), integers,
/// floats, booleans, dates (kept as text), arrays and inline tables. Duplicate keys and tables defined twice are errors,
/// as in TOML. Anything else is an error naming its line and column, never a guess.</summary>
internal sealed partial class TomlReader
{
    private readonly string _text;
    private readonly List<TomlTable> _tables = [];
    private readonly HashSet<string> _definedTables = new(StringComparer.Ordinal);
    private List<TomlEntry> _entries = [];
    private HashSet<string> _keys = new(StringComparer.Ordinal);
    private (IReadOnlyList<string> Path, bool Array, int Line) _current = ([], false, 0);
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    private TomlReader(string text)
    {
        _text = text;
    }

    /// <summary>Parses <paramref name="text"/>; an error names <paramref name="file"/>, the line and the column.</summary>
    public static Result<TomlDocument> Read(string text, string file, string pointer = "")
    {
        var reader = new TomlReader(text);
        try
        {
            return Result<TomlDocument>.Ok(reader.Document());
        }
        catch (TomlSyntaxException ex)
        {
            return ToolError.Create(ErrorCodes.RegistryFileInvalid, pointer, $"'{file}' is not valid TOML at line {ex.Line}, column {ex.Column}: {ex.Message}.",
                "Fix the file at the line given (ModuleGen reads TOML 1.0: tables, arrays of tables, strings, numbers, booleans, arrays, inline tables).") with
            {
                Found = file,
                Location = new SourceLocation(file, ex.Line, ex.Column),
            };
        }
    }

    private TomlDocument Document()
    {
        if (_text.StartsWith('\uFEFF'))
        {
            _pos = 1;
        }

        while (true)
        {
            SkipBlankLines();
            if (AtEnd)
            {
                break;
            }

            if (Peek == '[')
            {
                Header();
            }
            else
            {
                KeyValue(_entries, _keys);
            }

            EndOfLine();
        }

        Flush();
        return new TomlDocument(_tables);
    }

    private void Header()
    {
        var line = _line;
        var array = _pos + 1 < _text.Length && _text[_pos + 1] == '[';
        _pos += array ? 2 : 1;
        SkipSpaces();
        var path = Key();
        SkipSpaces();
        Expect(']');
        if (array)
        {
            Expect(']');
        }

        var name = string.Join('\u0000', path);
        if (!array && !_definedTables.Add(name))
        {
            throw Error($"the table [{string.Join('.', path)}] is defined twice");
        }

        Flush();
        _current = (path, array, line);
    }

    private void Flush()
    {
        if (_current.Path.Count > 0 || _entries.Count > 0 || _tables.Count == 0)
        {
            _tables.Add(new TomlTable(_current.Path, _current.Array, _current.Line, _entries));
        }

        _entries = [];
        _keys = new HashSet<string>(StringComparer.Ordinal);
    }

    private void KeyValue(List<TomlEntry> entries, HashSet<string> keys)
    {
        var line = _line;
        var key = Key();
        SkipSpaces();
        Expect('=');
        SkipSpaces();
        var value = Value();
        if (!keys.Add(string.Join('\u0000', key)))
        {
            throw new TomlSyntaxException($"the key '{string.Join('.', key)}' is defined twice", line, 1);
        }

        entries.Add(new TomlEntry(key, value, line));
    }

    private List<string> Key()
    {
        var parts = new List<string> { KeyPart() };
        SkipSpaces();
        while (!AtEnd && Peek == '.')
        {
            _pos++;
            SkipSpaces();
            parts.Add(KeyPart());
            SkipSpaces();
        }

        return parts;
    }

    private string KeyPart()
    {
        if (AtEnd)
        {
            throw Error("a key is missing");
        }

        if (Peek == '"')
        {
            return BasicString();
        }

        if (Peek == '\'')
        {
            return LiteralString();
        }

        var start = _pos;
        while (!AtEnd && (char.IsAsciiLetterOrDigit(Peek) || Peek is '_' or '-'))
        {
            _pos++;
        }

        return _pos > start ? _text[start.._pos] : throw Error($"'{Printable(Peek)}' cannot start a key");
    }

    private void EndOfLine()
    {
        SkipSpaces();
        if (!AtEnd && Peek == '#')
        {
            SkipComment();
        }

        if (AtEnd)
        {
            return;
        }

        if (Peek == '\r' && _pos + 1 < _text.Length && _text[_pos + 1] == '\n')
        {
            _pos++;
        }

        if (Peek != '\n')
        {
            throw Error($"unexpected '{Printable(Peek)}' after the value (one key or header per line)");
        }

        NewLine();
    }
}
