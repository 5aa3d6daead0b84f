namespace ModuleGen.Mcp.Hosting;

/// <summary>Stands between stdin and the SDK: rewrites a JSON string escape that is half of a UTF-16 surrogate pair on
/// its own (<c>"\ud800"</c> — valid JSON, but not valid Unicode) into <c>\uFFFD</c>, byte for byte the same length, and
/// passes everything else through unchanged.</summary>
/// <remarks>Why here: the SDK converts a request's params to its own types before any filter sees them, and that
/// conversion throws on such an escape, so the caller got -32603 "An error occurred." for what is an argument problem.
/// With U+FFFD in its place the argument reaches the tool, which refuses it like bytes that were not UTF-8 (a path or a
/// name holding U+FFFD is refused with a structured error). A pair that is whole is kept; only string escapes are read.</remarks>
internal sealed class WellFormedEscapes(Stream inner) : InputFilterStream(inner)
{
    private static readonly byte[] s_replacement = "\\uFFFD"u8.ToArray();

    private readonly byte[] _input = new byte[16 * 1024];
    private readonly List<byte> _escape = new(6);
    private byte[] _ready = new byte[16 * 1024];
    private int _readyStart;
    private int _readyEnd;
    private byte[]? _pendingHigh;
    private bool _inString;
    private bool _ended;

    public override int Read(byte[] buffer, int offset, int count)
    {
        while (_readyStart == _readyEnd && !_ended)
        {
            Take(Inner.Read(_input, 0, _input.Length));
        }

        return Give(buffer.AsSpan(offset, count));
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_readyStart == _readyEnd && !_ended)
        {
            Take(await Inner.ReadAsync(_input, cancellationToken).ConfigureAwait(false));
        }

        return Give(buffer.Span);
    }


    private int Give(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, _readyEnd - _readyStart);
        _ready.AsSpan(_readyStart, count).CopyTo(buffer);
        _readyStart += count;
        return count;
    }

    private void Take(int read)
    {
        if (read == 0)
        {
            _ended = true;
            FlushPendingHigh();
            Emit(_escape.ToArray());
            _escape.Clear();
            return;
        }

        var rest = _input.AsSpan(0, read);
        while (rest.Length > 0)
        {
            // Runs of bytes that are neither a quote, a backslash nor a newline change no state: passed on whole.
            var plain = _escape.Count > 0 || _pendingHigh is not null ? 0 : rest.IndexOfAny((byte)'"', (byte)'\\', (byte)'\n');
            if (plain < 0)
            {
                Emit(rest);
                return;
            }

            Emit(rest[..plain]);
            Step(rest[plain]);
            rest = rest[(plain + 1)..];
        }
    }

    private void Step(byte b)
    {
        if (_escape.Count > 0)
        {
            _escape.Add(b);
            if (_escape.Count == 2 && b != (byte)'u')
            {
                FlushPendingHigh(); // \" \\ \n …: not a \u escape
                EmitEscape(null);
            }
            else if (_escape.Count == 6)
            {
                Escape();
            }

            return;
        }

        if (_inString && b == (byte)'\\')
        {
            _escape.Add(b);
            return;
        }

        FlushPendingHigh();
        _inString = b switch
        {
            (byte)'"' => !_inString,
            (byte)'\n' => false, // a line is one message
            _ => _inString,
        };
        Emit([b]);
    }

    // A whole \uXXXX escape: a high half waits for its low half; a low half without one, or a high half without one,
    // becomes U+FFFD.
    private void Escape()
    {
        var digits = System.Text.Encoding.ASCII.GetString([.. _escape.Skip(2)]);
        if (!ushort.TryParse(digits, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var unit))
        {
            FlushPendingHigh();
            EmitEscape(null);
        }
        else if (char.IsHighSurrogate((char)unit))
        {
            FlushPendingHigh();
            _pendingHigh = [.. _escape];
            _escape.Clear();
        }
        else if (char.IsLowSurrogate((char)unit))
        {
            var high = _pendingHigh;
            _pendingHigh = null;
            if (high is not null)
            {
                Emit(high);
            }

            EmitEscape(high is null ? s_replacement : null);
        }
        else
        {
            FlushPendingHigh();
            EmitEscape(null);
        }
    }

    private void FlushPendingHigh()
    {
        if (_pendingHigh is not null)
        {
            Emit(s_replacement);
            _pendingHigh = null;
        }
    }

    private void EmitEscape(byte[]? instead)
    {
        Emit(instead ?? [.. _escape]);
        _escape.Clear();
    }

    private void Emit(ReadOnlySpan<byte> bytes)
    {
        if (_readyStart == _readyEnd)
        {
            _readyStart = _readyEnd = 0;
        }

        if (_readyEnd + bytes.Length > _ready.Length)
        {
            var grown = new byte[Math.Max(_ready.Length * 2, _readyEnd - _readyStart + bytes.Length)];
            _ready.AsSpan(_readyStart, _readyEnd - _readyStart).CopyTo(grown);
            (_ready, _readyEnd, _readyStart) = (grown, _readyEnd - _readyStart, 0);
        }

        bytes.CopyTo(_ready.AsSpan(_readyEnd));
        _readyEnd += bytes.Length;
    }
}
