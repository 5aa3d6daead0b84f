namespace ModuleGen.Core.Registry.Toml;

/// <summary>Moves through the text: whitespace, comments, newlines, positions and errors.</summary>
internal sealed partial class TomlReader
{
    private bool AtEnd => _pos >= _text.Length;

    private char Peek => _text[_pos];

    private int Column => _pos - _lineStart + 1;

    private void SkipSpaces()
    {
        while (!AtEnd && Peek is ' ' or '\t')
        {
            _pos++;
        }
    }

    private void SkipComment()
    {
        while (!AtEnd && Peek != '\n')
        {
            if (Peek != '\t' && Peek != '\r' && char.IsControl(Peek))
            {
                throw Error("a control character in a comment");
            }

            _pos++;
        }
    }

    /// <summary>Skips spaces, comments and newlines (between statements, and inside arrays).</summary>
    private void SkipBlankLines()
    {
        while (!AtEnd)
        {
            if (Peek is ' ' or '\t' or '\r')
            {
                _pos++;
            }
            else if (Peek == '\n')
            {
                NewLine();
            }
            else if (Peek == '#')
            {
                SkipComment();
            }
            else
            {
                return;
            }
        }
    }

    private void NewLine()
    {
        _pos++;
        _line++;
        _lineStart = _pos;
    }

    private void Expect(char c)
    {
        if (AtEnd || Peek != c)
        {
            throw Error(AtEnd ? $"'{c}' expected, the file ended" : $"'{c}' expected, found '{Printable(Peek)}'");
        }

        _pos++;
    }

    private TomlSyntaxException Error(string message) => new(message, _line, Column);

    private static string Printable(char c) => char.IsControl(c) ? $"U+{(int)c:X4}" : c.ToString();
}
