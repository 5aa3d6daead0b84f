using System.Text;
using ModuleGen.Mcp.Hosting;

namespace ModuleGen.Mcp.Tests.Hosting;

public sealed class BoundedStdinTests
{
    [Fact]
    public async Task LinesWithinTheLimit_PassUnchanged()
    {
        var (lines, cuts, ends) = await ReadAll("short\n12345678\nlast", limit: 8);

        lines.Should().Equal("short", "12345678", "last");
        cuts.Should().BeEmpty();
        ends.Should().Be(1);
    }

    [Fact]
    public async Task ALineOverTheLimit_IsCutThere_AndTheNextLineIsIntact()
    {
        var (lines, cuts, _) = await ReadAll("0123456789abcdef\nnext\n", limit: 10);

        lines.Should().Equal("0123456789", "next");
        cuts.Should().Equal(6L);
    }

    [Fact]
    public async Task AnOverlongLineSpreadOverManyReads_KeepsOnlyItsHead()
    {
        // A stream that hands out one byte per read, as a slow pipe may.
        var (lines, cuts, _) = await ReadAll(new string('y', 1000) + "\nok\n", limit: 4, oneByteReads: true);

        lines.Should().Equal("yyyy", "ok");
        cuts.Should().Equal(996L);
    }

    private static async Task<(List<string> Lines, List<long> Cuts, int Ends)> ReadAll(string input, int limit, bool oneByteReads = false)
    {
        Stream source = new MemoryStream(Encoding.UTF8.GetBytes(input));
        if (oneByteReads)
        {
            source = new OneByteStream(source);
        }

        using var stdin = new BoundedStdin(source, limit);
        var cuts = new List<long>();
        var ends = 0;
        stdin.LineCut += cuts.Add;
        stdin.EndOfInput += () => ends++;
        using var reader = new StreamReader(stdin, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 16);
        var lines = new List<string>();
        while (await reader.ReadLineAsync() is { } line)
        {
            lines.Add(line);
        }

        (await reader.ReadLineAsync()).Should().BeNull();
        return (lines, cuts, ends);
    }

    private sealed class OneByteStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, 1));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(buffer[..Math.Min(buffer.Length, 1)], cancellationToken);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
