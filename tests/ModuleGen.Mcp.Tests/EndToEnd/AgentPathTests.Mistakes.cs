using System.Text.Json;
using System.Text.Json.Nodes;

namespace ModuleGen.Mcp.Tests.EndToEnd;

public sealed partial class AgentPathTests
{
    /// <summary>The three slips an agent makes most, one per module: a misspelt pack, variable and add-on.</summary>
    public static TheoryData<string, string, string, string> Mistakes => new()
    {
        // module, what the agent writes in the plan: the field, the wrong value, and the right one it must find.
        { "orders", "template", "dagster-modul", "dagster-module" },
        { "invoices", "variable", "modul", "module" },
        { "payments", "addon", "postgres", "postgresql" },
    };

    /// <summary>(5) Three planted mistakes, each fixed in one retry from the refusal alone: the agent reads the error's
    /// pointer and takes, from the names its hint offers, the one nearest to the wrong value. The plan is refused at
    /// planning, with the codes scaffold gives, not three steps later.</summary>
    [Fact]
    public async Task Request5_ThreePlantedMistakes_EachFixedInOneRetry()
    {
        await using var agent = await AgentSession.StartAsync(_ws.Root);
        foreach (var (module, field, wrong, right) in Mistakes.Select(m => ((string)m[0], (string)m[1], (string)m[2], (string)m[3])))
        {
            var contract = $"ai_working/{module}/{module}.contract.md";
            var spec = $"ai_working/{module}/{module}.impl_spec.md";
            _ws.Write(contract, AgentWorkspaces.BrickDocument(module, module, "contract", "Loads records from PostgreSQL."));
            _ws.Write(spec, AgentWorkspaces.BrickDocument(module, module, "implementation spec", "One Dagster project."));
            var variables = new JsonObject { [field == "variable" ? wrong : "module"] = module };
            string[] addons = [field == "addon" ? wrong : "postgresql", "schedules"];
            var plan = Plan(module, Brick("pipeline", contract, spec, $"modules/{module}", variables, addons, field == "template" ? wrong : "dagster-module"));

            // store_plan checks what scaffolding will: the refusal names the mistake, its pointer and the names accepted.
            var errors = await agent.Refused("store_plan", new() { ["plan"] = plan.DeepClone() });
            errors.Should().ContainSingle($"one mistake, one error: {string.Join(", ", errors.Select(e => e.ToString()))}");
            ApplyFix(plan, errors, "");
            await agent.Call("store_plan", new() { ["plan"] = plan });
            Fixed(plan["bricks"]![0]!.AsObject(), field).Should().Be(right);

            // The corrected plan scaffolds as it is.
            await agent.Call("scaffold", new() { ["module"] = module, ["dry_run"] = true });
        }

        agent.Calls.Count(c => c.Refused).Should().Be(3, "each mistake costs one refusal");
        agent.Report("(5) three planted mistakes", output);
    }

    private static string Fixed(JsonObject brick, string field) => field switch
    {
        "template" => brick["template"]!.GetValue<string>(),
        "variable" => brick["variables"]!.AsObject().Single().Key,
        _ => brick["addons"]![0]!.GetValue<string>(),
    };

    /// <summary>Applies what an agent can read from each error: the pointer says where (under <paramref name="prefix"/>
    /// in a plan), the hint lists the accepted names, the nearest one to <c>found</c> replaces it.</summary>
    private static void ApplyFix(JsonObject target, JsonElement[] errors, string prefix)
    {
        foreach (var error in errors.Where(e => e.TryGetProperty("found", out _)))
        {
            var pointer = error.GetProperty("pointer").GetString()!;
            var found = error.GetProperty("found").GetString()!;
            var offered = error.GetProperty("hint").GetString()!.Split([' ', ',', ':', ';', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.TrimEnd('.')).Where(w => w != found).ToArray();
            var fix = offered.MinBy(w => Distance(w, found))!;
            Distance(fix, found).Should().BeLessThanOrEqualTo(3, $"the hint offers the right name: {error}");
            var path = (pointer.StartsWith("/bricks/", StringComparison.Ordinal) ? pointer : prefix + pointer).Split('/', StringSplitOptions.RemoveEmptyEntries);
            JsonNode node = target;
            foreach (var part in path[..^1])
            {
                node = node is JsonArray array ? array[int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)]! : node[part]!;
            }

            var last = path[^1];
            if (node is JsonArray list)
            {
                list[int.Parse(last, System.Globalization.CultureInfo.InvariantCulture)] = fix;
            }
            else if (node is JsonObject map && path.Length > 1 && path[^2] == "variables")
            {
                var value = map[last]!.DeepClone();
                map.Remove(last);
                map[fix] = value;
            }
            else
            {
                node[last] = fix;
            }
        }
    }

    /// <summary>Levenshtein distance: how far a name offered is from the one written.</summary>
    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var previous = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var current = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = current;
            }
        }

        return row[b.Length];
    }
}
