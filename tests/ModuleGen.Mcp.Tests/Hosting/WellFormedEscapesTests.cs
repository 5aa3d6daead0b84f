using System.Text;
using ModuleGen.Mcp.Hosting;

namespace ModuleGen.Mcp.Tests.Hosting;

public sealed class WellFormedEscapesTests
{
    [Theory]
    [InlineData("""{"a":"x\ud800y"}""", """{"a":"x\uFFFDy"}""")]
    [InlineData("""{"a":"\udc00"}""", """{"a":"\uFFFD"}""")]
    [InlineData("""{"a":"\ud800"}""", """{"a":"\uFFFD"}""")]
    [InlineData("""{"a":"\ud800\ud800\udc00"}""", """{"a":"\uFFFD\ud800\udc00"}""")]
    [InlineData("""{"a":"\ud83d\ude00 and \u00e9"}""", """{"a":"\ud83d\ude00 and \u00e9"}""")]
    [InlineData("""{"a":"\\ud800"}""", """{"a":"\\ud800"}""")]
    [InlineData("""{"\ud800":1}""", """{"\uFFFD":1}""")]
    [InlineData("""{"a":"\ud800\n"}""", """{"a":"\uFFFD\n"}""")]
    [InlineData("no json at all \\ud800", "no json at all \\ud800")]
    public async Task Read_LoneSurrogateEscapes_BecomeUFFFD_EverythingElseIsKept(string input, string expected)
    {
        foreach (var chunk in new[] { 1, 3, 4096 })
        {
            using var escapes = new WellFormedEscapes(new Trickle(Encoding.UTF8.GetBytes(input + "\n"), chunk));
            using var reader = new StreamReader(escapes);

            (await reader.ReadToEndAsync()).Should().Be(expected + "\n", $"read {chunk} byte(s) at a time");
        }
    }

    /// <summary>Gives at most <paramref name="chunk"/> bytes per read, as a pipe may.</summary>
    private sealed class Trickle(byte[] bytes, int chunk) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);
    }
}
