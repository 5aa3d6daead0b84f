using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ModuleGen.Core.Registry.Toml;

/// <summary>Reads values: strings, numbers, booleans, dates, arrays and inline tables.</summary>
internal sealed partial class TomlReader
{
    private object? Value()
    {
        if (AtEnd)
        {
            throw Error("a value is missing");
        }

        return Peek switch
        {
            '"' when Ahead("\"\"\"") => MultiLineBasic(),
            '\'' when Ahead("'''") => MultiLineLiteral(),
            '"' => BasicString(),
            '\'' => LiteralString(),
            '[' => Array(),
            '{' => InlineTable(),
            _ => Scalar(),
        };
    }

    private bool Ahead(string text) => string.CompareOrdinal(_text, _pos, text, 0, text.Length) == 0;

    private string BasicString()
    {
        _pos++;
        var value = new StringBuilder();
        while (true)
        {
            if (AtEnd || Peek == '\n')
            {
                throw Error("a string is not closed on its line");
            }

            var c = _text[_pos++];
            if (c == '"')
            {
                return value.ToString();
            }

            value.Append(c == '\\' ? Escape() : Plain(c));
        }
    }

    private string LiteralString()
    {
        _pos++;
        var end = _text.IndexOf('\'', _pos);
        var newline = _text.IndexOf('\n', _pos);
        if (end < 0 || (newline >= 0 && newline < end))
        {
            throw Error("a literal string is not closed on its line");
        }

        var value = _text[_pos..end];
        _pos = end + 1;
        return value;
    }

    private string MultiLineBasic()
    {
        _pos += 3;
        SkipLeadingNewline();
        var value = new StringBuilder();
        while (!Ahead("\"\"\"") || Ahead("\"\"\"\""))
        {
            if (AtEnd)
            {
                throw Error("a multi-line string is not closed");
            }

            var c = _text[_pos];
            if (c == '\\' && LineEndingBackslash())
            {
                continue;
            }

            _pos++;
            if (c == '\n')
            {
                _line++;
                _lineStart = _pos;
            }

            value.Append(c == '\\' ? Escape() : c is '\n' or '\r' or '\t' ? c.ToString() : Plain(c));
        }

        _pos += 3;
        return value.ToString();
    }

    private string MultiLineLiteral()
    {
        _pos += 3;
        SkipLeadingNewline();
        var start = _pos;
        var end = _text.IndexOf("'''", _pos, StringComparison.Ordinal);
        if (end < 0)
        {
            throw Error("a multi-line literal string is not closed");
        }

        while (end + 3 < _text.Length && _text[end + 3] == '\'')
        {
            end++;
        }

        while (_pos < end)
        {
            if (_text[_pos++] == '\n')
            {
                _line++;
                _lineStart = _pos;
            }
        }

        _pos = end + 3;
        return _text[start..end];
    }

    private void SkipLeadingNewline()
    {
        if (Ahead("\r\n"))
        {
            _pos++;
        }

        if (!AtEnd && Peek == '\n')
        {
            NewLine();
        }
    }

    // A backslash at the end of a line trims the newline and the whitespace after it.
    private bool LineEndingBackslash()
    {
        var probe = _pos + 1;
        while (probe < _text.Length && _text[probe] is ' ' or '\t' or '\r')
        {
            probe++;
        }

        if (probe >= _text.Length || _text[probe] != '\n')
        {
            return false;
        }

        _pos = probe;
        while (!AtEnd && Peek is ' ' or '\t' or '\r' or '\n')
        {
            if (Peek == '\n')
            {
                NewLine();
            }
            else
            {
                _pos++;
            }
        }

        return true;
    }

    private string Escape()
    {
        if (AtEnd)
        {
            throw Error("an escape sequence is cut short");
        }

        var c = _text[_pos++];
        return c switch
        {
            'b' => "\b",
            't' => "\t",
            'n' => "\n",
            'f' => "\f",
            'r' => "\r",
            '"' => "\"",
            '\\' => "\\",
            'u' => Unicode(4),
            'U' => Unicode(8),
            _ => throw Error($"'\\{Printable(c)}' is not an escape sequence"),
        };
    }

    private string Unicode(int digits)
    {
        if (_pos + digits > _text.Length || !int.TryParse(_text.AsSpan(_pos, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code) ||
            code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
        {
            throw Error($"a \\u escape needs {digits} hex digits of a Unicode scalar value");
        }

        _pos += digits;
        return char.ConvertFromUtf32(code);
    }

    private string Plain(char c) => c != '\t' && char.IsControl(c) ? throw Error($"the control character {Printable(c)} must be escaped") : c.ToString();

    private List<object?> Array()
    {
        _pos++;
        var items = new List<object?>();
        while (true)
        {
            SkipBlankLines();
            if (AtEnd)
            {
                throw Error("an array is not closed");
            }

            if (Peek == ']')
            {
                _pos++;
                return items;
            }

            items.Add(Value());
            SkipBlankLines();
            if (!AtEnd && Peek == ',')
            {
                _pos++;
            }
            else if (AtEnd || Peek != ']')
            {
                throw Error(AtEnd ? "an array is not closed" : $"',' or ']' expected in an array, found '{Printable(Peek)}'");
            }
        }
    }

    private Dictionary<string, object?> InlineTable()
    {
        _pos++;
        var entries = new List<TomlEntry>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        SkipSpaces();
        if (!AtEnd && Peek == '}')
        {
            _pos++;
            return [];
        }

        while (true)
        {
            SkipSpaces();
            KeyValue(entries, keys);
            SkipSpaces();
            if (!AtEnd && Peek == ',')
            {
                _pos++;
                continue;
            }

            Expect('}');
            return entries.ToDictionary(e => string.Join('.', e.Key), e => e.Value, StringComparer.Ordinal);
        }
    }

    private object Scalar()
    {
        var start = _pos;
        while (!AtEnd && (char.IsAsciiLetterOrDigit(Peek) || Peek is '_' or '+' or '-' or '.' or ':' || (Peek == ' ' && IsDateTimeSpace())))
        {
            _pos++;
        }

        var token = _text[start.._pos];
        if (token is "true" or "false")
        {
            return token == "true";
        }

        if (Integer(token) is { } whole)
        {
            return whole;
        }

        if (FloatSyntax().IsMatch(token) && double.TryParse(token.Replace("_", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
        {
            return real;
        }

        if (token is "inf" or "+inf" or "-inf" or "nan" or "+nan" or "-nan" || DateSyntax().IsMatch(token))
        {
            return token;
        }

        _pos = start;
        throw Error(token.Length == 0 ? $"'{Printable(Peek)}' cannot start a value" : $"'{token}' is not a TOML value (strings need quotes)");
    }

    // "1979-05-27 07:32:00": a space may separate a date from its time.
    private bool IsDateTimeSpace() =>
        _pos >= 10 && _pos + 1 < _text.Length && char.IsAsciiDigit(_text[_pos + 1]) && DateSyntax().IsMatch(_text.AsSpan(_pos - 10, 10));

    private static long? Integer(string token)
    {
        if (!IntegerSyntax().IsMatch(token))
        {
            return null;
        }

        var digits = token.Replace("_", "", StringComparison.Ordinal);
        var (body, radix) = digits.Length > 2 && digits[0] == '0' && digits[1] is 'x' or 'o' or 'b'
            ? (digits[2..], digits[1] switch { 'x' => 16, 'o' => 8, _ => 2 })
            : (digits, 10);
        try
        {
            return radix == 10 ? long.Parse(body, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : Convert.ToInt64(body, radix);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^([+-]?(0|[1-9](_?[0-9])*)|0x[0-9A-Fa-f](_?[0-9A-Fa-f])*|0o[0-7](_?[0-7])*|0b[01](_?[01])*)$")]
    private static partial Regex IntegerSyntax();

    [GeneratedRegex(@"^[+-]?(0|[1-9](_?[0-9])*)(\.[0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?$")]
    private static partial Regex FloatSyntax();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})?$|^\d{2}:\d{2}:\d{2}(\.\d+)?$")]
    private static partial Regex DateSyntax();
}
