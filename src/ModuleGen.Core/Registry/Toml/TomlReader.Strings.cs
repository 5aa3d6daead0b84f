using System.Globalization;
using System.Text;

namespace ModuleGen.Core.Registry.Toml;

/// <summary>Reads strings: basic and literal, single- and multi-line, with TOML's escapes.</summary>
internal sealed partial class TomlReader
{
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
}
