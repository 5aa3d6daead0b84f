using System.Text.Json;
using System.Text.Json.Nodes;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Hardening;

/// <summary>An I/O error the kernel reports (injected with strace: every getdents64 on the modules folder fails with EIO)
/// reaches the caller as a structured refusal naming the error — as JSON on the CLI's stdout — never as the SDK's bare
/// "An error occurred invoking".</summary>
public sealed class InjectedIOErrorTests
{
    [PidNamespaceTheory]
    [InlineData("getdents64", "EIO", "EIO: input/output error")]
    public async Task ReadingSiblingPins_FolderListingFails_CallAnswersAStructuredReadFailureNamingTheError(string syscall, string errno, string named)
    {
        using var ws = new TempWorkspace();
        ws.Write("modules/billing/pyproject.toml", "[project]\nname = \"billing\"\ndependencies = [\"dagster==1.9.0\"]\n");
        var arguments = new JsonObject { ["template"] = "dagster-module", ["target_dir"] = "modules/orders", ["variables"] = new JsonObject { ["module"] = "orders" }, ["dry_run"] = true };

        var (exitCode, output) = await ProcessRunner.RunAsync(PidNamespaceTheoryAttribute.Prefix[0], ws.Root, TimeSpan.FromMinutes(2), null,
            [.. PidNamespaceTheoryAttribute.Prefix[1..], "-P", Path.Join(ws.Root, "modules"), "-e", $"trace={syscall}", "-e", $"inject={syscall}:error={errno}",
             StdioServer.Launch.Command, .. StdioServer.Launch.Prefix, "call", "scaffold", "--args", arguments.ToJsonString(), "--workspace", ws.Root]);

        exitCode.Should().Be(1, output);
        using var answer = JsonDocument.Parse(output[..(output.LastIndexOf('}') + 1)]);
        var error = answer.RootElement.GetProperty("errors")[0];
        error.GetProperty("code").GetString().Should().Be("io.read_failed", output);
        error.GetProperty("message").GetString().Should().Contain(named);
    }
}
