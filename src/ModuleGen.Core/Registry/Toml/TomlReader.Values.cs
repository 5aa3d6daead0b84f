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
