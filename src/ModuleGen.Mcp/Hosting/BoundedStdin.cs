namespace ModuleGen.Mcp.Hosting;

/// <summary>Stands between stdin and the SDK's stdio transport: bounds the length of one request line before the SDK
/// reads it, and tells the server the moment stdin reaches its end.</summary>
/// <remarks>
/// <para>The SDK reads a whole line into a string before it parses it, with no limit of its own, so a 50 MB line cost
/// gigabytes. Here a line is passed on up to <see cref="MaxLineBytes"/>; the rest of it, up to its newline, is dropped
/// and the line is ended there. The SDK then fails to parse the cut line and, when the request's <c>id</c> came
/// before the cut (as in most clients' messages, which put <c>id</c> before <c>params</c>), answers it with a JSON-RPC
/// parse error; otherwise the request stays unanswered, since nothing can name it without reading it whole.</para>
/// <para>At the end of stdin the SDK stops reading but then waits for every tool call in flight before it returns, so a
/// call stuck on a FIFO would keep the process alive for good; <see cref="EndOfInput"/> lets the host stop instead.</para>
/// <para>Reads wait for cancellation like the SDK's own stdin stream does (console reads ignore tokens).</para>
/// </remarks>
internal sealed class BoundedStdin(Stream inner, int maxLineBytes) : InputFilterStream(inner)
{
    private long _lineBytes;
    private long _dropped;
    private int _ended;

    /// <summary>Gets the longest request line passed on, in bytes.</summary>
    public int MaxLineBytes => maxLineBytes;

    /// <summary>Raised once, when stdin reaches its end.</summary>
    public event Action? EndOfInput;

    /// <summary>Raised when a line over the limit has been cut, with the number of bytes dropped from it.</summary>
    public event Action<long>? LineCut;

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var read = await Inner.ReadAsync(buffer, cancellationToken).AsTask().WaitAsync(cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return End();
            }

            var kept = Filter(buffer.Span[..read]);
            if (kept > 0)
            {
                return kept;
            }
        }
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        while (true)
        {
            var read = Inner.Read(buffer, offset, count);
            if (read == 0)
            {
                return End();
            }

            var kept = Filter(buffer.AsSpan(offset, read));
            if (kept > 0)
            {
                return kept;
            }
        }
    }


    private int End()
    {
        if (Interlocked.Exchange(ref _ended, 1) == 0)
        {
            EndOfInput?.Invoke();
        }

        return 0;
    }

    /// <summary>Compacts the bytes to keep to the front of <paramref name="bytes"/> and returns how many there are.</summary>
    private int Filter(Span<byte> bytes)
    {
        var kept = 0;
        foreach (var b in bytes)
        {
            if (b == (byte)'\n')
            {
                if (_dropped > 0)
                {
                    LineCut?.Invoke(_dropped);
                    _dropped = 0;
                }

                _lineBytes = 0;
                bytes[kept++] = b;
            }
            else if (_lineBytes < maxLineBytes)
            {
                _lineBytes++;
                bytes[kept++] = b;
            }
            else
            {
                _dropped++;
            }
        }

        return kept;
    }
}
