using System.Text.Json;
using System.Text.Json.Nodes;

namespace ModuleGen.Core.Tests.Support;

/// <summary>Builds plan JSON for tests: the seed plan, and valid plans of N bricks to mutate in table tests.</summary>
public static class SamplePlans
{
    /// <summary>Gets the path of the seed 001 plan fixture (the exact example from the seed document).</summary>
    public static string SeedPath => Path.Join(RepoPaths.Root, "tests", "ModuleGen.Core.Tests", "Plans", "Fixtures", "seed-001-plan.json");

    public static string SeedText => File.ReadAllText(SeedPath);

    /// <summary>Returns a valid plan for <paramref name="module"/> with bricks b0 … b(n-1), each depending on the one before.</summary>
    public static JsonObject Chain(int bricks, string module = "orders")
    {
        var array = new JsonArray();
        for (var i = 0; i < bricks; i++)
        {
            var brick = Brick(module, $"b{i}");
            if (i > 0)
            {
                brick["depends_on"] = new JsonArray($"b{i - 1}");
            }

            array.Add(brick);
        }

        return new JsonObject { ["module"] = module, ["bricks"] = array };
    }

    /// <summary>Returns a valid brick of type python_module with the conventional paths.</summary>
    public static JsonObject Brick(string module, string name) => new()
    {
        ["name"] = name,
        ["description"] = $"The {name} brick.",
        ["contract_path"] = $"ai_working/{module}/{name}.contract.md",
        ["spec_path"] = $"ai_working/{module}/{name}.impl_spec.md",
        ["target_dir"] = $"modules/{module}/{name}",
        ["type"] = "python_module",
    };

    /// <summary>Converts a node to the JsonElement a tool receives.</summary>
    public static JsonElement Element(JsonNode node) => JsonSerializer.SerializeToElement(node);

    /// <summary>Parses text into a JsonElement.</summary>
    public static JsonElement Element(string json) => JsonDocument.Parse(json).RootElement.Clone();

    /// <summary>Returns brick <paramref name="index"/> of a plan node.</summary>
    public static JsonObject BrickAt(this JsonObject plan, int index) => plan["bricks"]![index]!.AsObject();
}
