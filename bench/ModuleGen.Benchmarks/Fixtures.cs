using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ModelContextProtocol.Server;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Mcp.Hosting;
using Serilog.Events;

namespace ModuleGen.Benchmarks;

/// <summary>Builds the inputs the benchmarks share: workspaces, a 50-brick plan, a synthetic 500-file pack, and
/// workspaces of 100 / 1,000 / 5,000 scaffolded modules (cached on disk, since they take a while to make).</summary>
internal static class Fixtures
{
    /// <summary>Creates an empty temporary workspace folder.</summary>
    public static string NewWorkspace(string label)
    {
        var root = Path.Join(Path.GetTempPath(), $"modulegen-bench-{label}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Join(root, "workspace.yaml"), "load_from:\n");
        File.WriteAllText(Path.Join(root, "pyproject.toml"), "[project]\nname = \"bench\"\ndependencies = [\"dagster>=1.8\"]\n");
        return root;
    }

    /// <summary>Composes the server's services exactly as the executable does (the transport is never run).</summary>
    public static IHost Services(string workspace) =>
        ServerComposition.Build(new ServerSettings(workspace, LogEventLevel.Fatal, LogEventLevel.Fatal),
            b => b.WithStreamServerTransport(Stream.Null, Stream.Null));

    /// <summary>A valid plan of <paramref name="bricks"/> bricks, each depending on the one before.</summary>
    public static JsonObject Plan(int bricks)
    {
        var list = new JsonArray();
        for (var i = 0; i < bricks; i++)
        {
            list.Add(new JsonObject
            {
                ["name"] = $"brick_{i}",
                ["description"] = $"Brick {i} of the benchmark module: loads, transforms and stores part {i} of the data.",
                ["contract_path"] = $"ai_working/bench/brick_{i}.contract.md",
                ["spec_path"] = $"ai_working/bench/brick_{i}.impl_spec.md",
                ["target_dir"] = $"modules/bench/brick_{i}",
                ["type"] = "python_module",
                ["depends_on"] = i == 0 ? new JsonArray() : new JsonArray($"brick_{i - 1}"),
            });
        }

        return new JsonObject { ["module"] = "bench", ["created_at"] = "2025-09-17T12:10:00Z", ["bricks"] = list };
    }

    /// <summary>Writes a pack of <paramref name="files"/> template files (in 10 folders) into the workspace.</summary>
    public static void WriteSyntheticPack(string workspace, int files)
    {
        var pack = Path.Join(workspace, ".modulegen", "templates", "synthetic");
        var manifest = new StringBuilder("name: synthetic\nversion: 1.0.0\ndescription: Synthetic pack for throughput.\nvariables:\n  module:\n    type: string\n    required: true\nfiles:\n");
        for (var i = 0; i < files; i++)
        {
            var folder = Path.Join(pack, "files", $"d{i % 10}");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Join(folder, $"f{i}.py.sbn"),
                $"\"\"\"File {i} of {{{{module}}}}.\"\"\"\n\nNAME = \"{{{{snake module}}}}_{i}\"\nCLASS = \"{{{{pascal module}}}}{i}\"\n\n\ndef run_{i}(value: int) -> int:\n    return value + {i}\n");
            manifest.Append($"  - source: d{i % 10}/f{i}.py.sbn\n    destination: \"{{{{snake module}}}}/d{i % 10}/f{i}.py\"\n");
        }

        File.WriteAllText(Path.Join(pack, "template.yaml"), manifest.ToString());
    }

    /// <summary>Returns a workspace holding <paramref name="modules"/> python-module scaffolds under modules/, made once
    /// and kept in the temp folder for later runs.</summary>
    public static string AuditWorkspace(int modules)
    {
        var root = Path.Join(Path.GetTempPath(), $"modulegen-bench-audit-{modules}-v1");
        var done = Path.Join(root, ".bench-complete");
        if (File.Exists(done))
        {
            return root;
        }

        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Join(root, "modulegen.yaml"), "logging:\n  file: false\n  call_log: false\n");
        using var services = Services(root);
        var scaffold = services.Services.GetRequiredService<ScaffoldService>();
        for (var i = 0; i < modules; i++)
        {
            var result = scaffold.Scaffold(new ScaffoldRequest("python-module", $"modules/m{i}",
                new Dictionary<string, object?> { ["module"] = $"m{i}", ["description"] = $"Module {i}." }, []));
            if (!result.IsOk)
            {
                throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));
            }
        }

        File.WriteAllText(done, "");
        return root;
    }
}
