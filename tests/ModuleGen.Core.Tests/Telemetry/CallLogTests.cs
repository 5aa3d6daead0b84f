using System.Text.Json;
using ModuleGen.Core.Telemetry;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.Telemetry;

public sealed class CallLogTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Fact]
    public void Append_ManyConcurrentEvents_WritesOneWholeJsonLineEach()
    {
        var path = Path.Join(_ws.Root, ".modulegen/logs/tool-calls.jsonl");
        var workspace = _ws.Open();
        var log = new CallLog(workspace, workspace.Guard.Resolve(".modulegen/logs/tool-calls.jsonl", "").Value);

        Parallel.For(0, 200, i => log.Append(new CallEvent("2026-01-01T00:00:00Z", $"c{i}", "build_context", "{}", i, CallOutcome.Ok, null)));

        var lines = File.ReadAllLines(path);
        lines.Should().HaveCount(200);
        lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("correlation_id").GetString())
            .Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Append_Disabled_WritesNothing()
    {
        var log = CallLog.Disabled;

        log.Append(new CallEvent("t", "c", "x", "{}", 1, CallOutcome.Ok, null)).Should().BeFalse();
        Directory.EnumerateFileSystemEntries(_ws.Root).Should().BeEmpty();
    }

    [Fact]
    public void PreviewArguments_HugeArgument_IsCut()
    {
        CallLog.PreviewArguments(new string('x', 10_000)).Length.Should().BeLessThan(CallLog.ArgumentPreviewLength + 40);
    }

    public void Dispose() => _ws.Dispose();
}
