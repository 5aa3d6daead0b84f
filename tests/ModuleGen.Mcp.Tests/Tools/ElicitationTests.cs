using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Server;
using ModuleGen.Mcp.Hosting;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Tools;

/// <summary>`scaffold` and `update_module` ask the user for a missing or refused variable when the client declares
/// elicitation, through the SDK's own client: as a multi round-trip request on the 2026-07-28 revision, as the classic
/// <c>elicitation/create</c> on 2025-11-25; without the capability they refuse exactly as before.</summary>
public sealed class ElicitationTests : IDisposable
{
    private const string Classic = "2025-11-25";
    private readonly TempWorkspace _ws = new();

    [Theory]
    [InlineData(null, "\"inputRequests\"")]
    [InlineData(Classic, "\"elicitation/create\"")]
    public async Task Scaffold_MissingRequiredVariable_IsAskedFor_AndTheScaffoldContinues(string? protocol, string wire)
    {
        var forms = new List<ElicitRequestParams>();
        await using var server = await RecordedServer.StartAsync(_ws.Root, Answering(forms, new() { ["module"] = "orders" }), protocol);

        var result = await server.Client.CallToolAsync("scaffold", Args("""{"template": "dagster-module", "target_dir": "modules/orders"}"""), cancellationToken: StdioServer.Deadline());

        result.IsError.Should().NotBe(true, Text(result));
        _ws.Exists("modules/orders/.modulegen-answers.yaml").Should().BeTrue();
        Text(result).Should().Contain("Asked the user for module");
        var form = forms.Should().ContainSingle().Subject;
        form.RequestedSchema!.Required.Should().Equal("module");
        var field = form.RequestedSchema.Properties["module"].Should().BeOfType<ElicitRequestParams.StringSchema>().Subject;
        field.Description.Should().Contain("Module name as said").And.Contain("Must match");
        server.Transcript.Should().Contain(wire, "the protocol revision decides the form of the question");
    }

    [Fact]
    public async Task Scaffold_RefusedValues_AreAskedForWithTheirChoicesAndPattern()
    {
        var forms = new List<ElicitRequestParams>();
        await using var server = await RecordedServer.StartAsync(_ws.Root, Answering(forms, new() { ["python_version"] = "3.12", ["env_prefix"] = "ORDERS" }));

        var result = await server.Client.CallToolAsync("scaffold",
            Args("""{"template": "dagster-module", "target_dir": "modules/orders", "variables": {"module": "orders", "python_version": "2.7", "env_prefix": "lower"}}"""),
            cancellationToken: StdioServer.Deadline());

        result.IsError.Should().NotBe(true, Text(result));
        var properties = forms.Should().ContainSingle().Subject.RequestedSchema!.Properties;
        properties["python_version"].Should().BeOfType<ElicitRequestParams.UntitledSingleSelectEnumSchema>().Which.Enum.Should().Contain(["3.10", "3.14"]);
        properties["env_prefix"].Description.Should().Contain("[A-Z][A-Z0-9_]*").And.Contain("'lower'");
        Variable(result, "python_version").Should().Be("3.12");
    }

    [Fact]
    public async Task Scaffold_ClientWithoutElicitation_IsRefusedAsBefore()
    {
        await using var server = await RecordedServer.StartAsync(_ws.Root, handler: null);

        var result = await server.Client.CallToolAsync("scaffold", Args("""{"template": "dagster-module", "target_dir": "modules/orders"}"""), cancellationToken: StdioServer.Deadline());

        Errors(result).Should().Equal(("scaffold.variable_required", "/variables/module"));
        server.Transcript.Should().NotContain("inputRequests").And.NotContain("elicitation/create");
        _ws.Exists("modules/orders").Should().BeFalse();
    }

    [Theory]
    [InlineData("decline")]
    [InlineData("cancel")]
    public async Task Scaffold_UserDeclines_IsRefusedWithTheReason_AndNothingIsWritten(string action)
    {
        await using var server = await RecordedServer.StartAsync(_ws.Root, (_, _) => ValueTask.FromResult(new ElicitResult { Action = action }));

        var result = await server.Client.CallToolAsync("scaffold", Args("""{"template": "dagster-module", "target_dir": "modules/orders"}"""), cancellationToken: StdioServer.Deadline());

        Errors(result).Should().Equal(("elicitation.declined", "/variables"), ("scaffold.variable_required", "/variables/module"));
        _ws.Exists("modules/orders").Should().BeFalse();
    }

    [Fact]
    public async Task Scaffold_AnswerStillRefused_AsksAgain_ThenRefusesAfterTheLastRound()
    {
        var forms = new List<ElicitRequestParams>();
        await using var server = await RecordedServer.StartAsync(_ws.Root, Answering(forms, new() { ["module"] = "9 not a name" }));

        var result = await server.Client.CallToolAsync("scaffold", Args("""{"template": "dagster-module", "target_dir": "modules/orders"}"""), cancellationToken: StdioServer.Deadline());

        forms.Should().HaveCount(3);
        forms[1].RequestedSchema!.Properties["module"].Description.Should().Contain("'9 not a name'", "the next form says what was wrong");
        Errors(result).Should().Equal(("scaffold.variable_pattern", "/variables/module"));
        _ws.Exists("modules/orders").Should().BeFalse();
    }

    [Fact]
    public async Task Scaffold_OtherProblemsBesideAVariable_AreRefusedWithoutAsking()
    {
        var forms = new List<ElicitRequestParams>();
        await using var server = await RecordedServer.StartAsync(_ws.Root, Answering(forms, new() { ["module"] = "orders" }));

        var result = await server.Client.CallToolAsync("scaffold", Args("""{"template": "dagster-module", "target_dir": "modules/orders", "addons": ["no-such-addon"]}"""), cancellationToken: StdioServer.Deadline());

        result.IsError.Should().BeTrue();
        forms.Should().BeEmpty("a call that fails anyway does not bother the user");
    }

    [Theory]
    [InlineData(null)]
    [InlineData(Classic)]
    public async Task UpdateModule_NewRequiredVariable_IsAskedFor_AndTheUpdateApplies(string? protocol)
    {
        WritePack(version: "1.0.0", extraVariable: "");
        await using (var first = await RecordedServer.StartAsync(_ws.Root, handler: null))
        {
            (await first.Client.CallToolAsync("scaffold", Args("""{"template": "mini", "target_dir": "modules/orders", "variables": {"module": "orders"}}"""), cancellationToken: StdioServer.Deadline()))
                .IsError.Should().NotBe(true);
        }

        WritePack(version: "2.0.0", extraVariable: "  owner:\n    type: string\n    required: true\n    description: Team that owns the module.\n");
        var forms = new List<ElicitRequestParams>();
        await using var server = await RecordedServer.StartAsync(_ws.Root, Answering(forms, new() { ["owner"] = "data-team" }), protocol);

        var result = await server.Client.CallToolAsync("update_module", Args("""{"target_dir": "modules/orders"}"""), cancellationToken: StdioServer.Deadline());

        result.IsError.Should().NotBe(true, Text(result));
        forms.Should().ContainSingle().Which.RequestedSchema!.Properties["owner"].Description.Should().Be("Team that owns the module.");
        _ws.Read("modules/orders/OWNER").Should().Be("data-team\n");
    }

    public void Dispose() => _ws.Dispose();

    private void WritePack(string version, string extraVariable)
    {
        _ws.Write(".modulegen/templates/mini/template.yaml",
            $"name: mini\nversion: {version}\ndescription: A tiny pack.\nvariables:\n  module:\n    type: string\n    required: true\n    description: Module name.\n{extraVariable}" +
            "files:\n  - source: README.md.sbn\n    destination: README.md\n" + (extraVariable.Length > 0 ? "  - source: OWNER.sbn\n    destination: OWNER\n" : ""));
        _ws.Write(".modulegen/templates/mini/files/README.md.sbn", "# {{ module }}\n");
        if (extraVariable.Length > 0)
        {
            _ws.Write(".modulegen/templates/mini/files/OWNER.sbn", "{{ owner }}\n");
        }
    }

    private static Func<ElicitRequestParams?, CancellationToken, ValueTask<ElicitResult>> Answering(List<ElicitRequestParams> forms, Dictionary<string, object> answers) =>
        (form, _) =>
        {
            forms.Add(form!);
            var content = answers.Where(a => form!.RequestedSchema!.Properties.ContainsKey(a.Key))
                .ToDictionary(a => a.Key, a => JsonSerializer.SerializeToElement(a.Value));
            return ValueTask.FromResult(new ElicitResult { Action = "accept", Content = content });
        };

    private static Dictionary<string, object?> Args(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!.ToDictionary(p => p.Key, p => (object?)p.Value);

    private static string Text(CallToolResult result) => string.Join("\n", result.Content.OfType<TextContentBlock>().Select(b => b.Text));

    private static IEnumerable<(string?, string?)> Errors(CallToolResult result) =>
        result.StructuredContent!.Value.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("code").GetString(), e.GetProperty("pointer").GetString()));

    private static string? Variable(CallToolResult result, string name) =>
        result.StructuredContent!.Value.GetProperty("variables").EnumerateArray().Single(v => v.GetProperty("name").GetString() == name).GetProperty("value").GetString();

    /// <summary>The composed server over in-memory pipes, as <see cref="InProcessServer"/> runs it, with a client of the
    /// test's choosing and a copy of every byte the server sends.</summary>
    private sealed class RecordedServer : IAsyncDisposable
    {
        private readonly IHost _host;
        private readonly Pipe _toServer = new();
        private readonly Pipe _toClient = new();
        private readonly StringBuilder _sent = new();

        private RecordedServer(string root)
        {
            _host = ServerComposition.Build(InProcess.Settings(root), b => b.WithStreamServerTransport(_toServer.Reader.AsStream(), new Recording(_toClient.Writer.AsStream(), _sent)));
        }

        public McpClient Client { get; private set; } = null!;

        public string Transcript
        {
            get
            {
                lock (_sent)
                {
                    return _sent.ToString();
                }
            }
        }

        public static async Task<RecordedServer> StartAsync(string root, Func<ElicitRequestParams?, CancellationToken, ValueTask<ElicitResult>>? handler, string? protocol = null)
        {
            var server = new RecordedServer(root);
            await server._host.StartAsync(StdioServer.Deadline());
            var options = new McpClientOptions { ProtocolVersion = protocol };
            if (handler is not null)
            {
                options.Handlers = new McpClientHandlers { ElicitationHandler = handler };
            }

            server.Client = await McpClient.CreateAsync(new StreamClientTransport(server._toServer.Writer.AsStream(), server._toClient.Reader.AsStream()), options, cancellationToken: StdioServer.Deadline());
            return server;
        }

        public async ValueTask DisposeAsync()
        {
            await Client.DisposeAsync();
            await _toServer.Writer.CompleteAsync();
            await _toClient.Writer.CompleteAsync();
            await _host.StopAsync();
            await ((IAsyncDisposable)_host).DisposeAsync();
        }

        private sealed class Recording(Stream inner, StringBuilder sent) : Stream
        {
            public override bool CanRead => false;

            public override bool CanSeek => false;

            public override bool CanWrite => true;

            public override long Length => throw new NotSupportedException();

            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

            public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

            public override void Write(ReadOnlySpan<byte> buffer)
            {
                Record(buffer);
                inner.Write(buffer);
            }

            public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
            {
                Record(buffer.Span);
                return inner.WriteAsync(buffer, cancellationToken);
            }

            public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

            public override void Flush() => inner.Flush();

            public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

            public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();

            protected override void Dispose(bool disposing)
            {
                if (disposing)
                {
                    inner.Dispose();
                }

                base.Dispose(disposing);
            }

            private void Record(ReadOnlySpan<byte> bytes)
            {
                lock (sent)
                {
                    sent.Append(Encoding.UTF8.GetString(bytes));
                }
            }
        }
    }
}
