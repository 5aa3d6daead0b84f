using System.Globalization;
using System.Text;

namespace ModuleGen.Bench;

/// <summary>Writes a consistent document set of the intent-driven module pipeline of a given size: requirements spread over phases, three
/// scenarios per requirement, tasks citing five scenarios each, phase 1 done and in the CHANGELOG.</summary>
internal static class SpecDocsGenerator
{
    public static void Write(string root, string module, string prefix, int requirements, int scenarios, int tasks, int phases)
    {
        var docs = Path.Join(root, "modules", module, "docs");
        Directory.CreateDirectory(docs);
        Directory.CreateDirectory(Path.Join(root, "guidelines"));
        File.WriteAllText(Path.Join(root, "guidelines", "MODULE_REQUIREMENTS.md"), "# Module Requirements\n\n### REQ-1: Tenant context\n\n### REQ-3: Authorization\n");
        string N(int n) => n.ToString("00", CultureInfo.InvariantCulture);
        int PhaseOf(int index, int count) => (index - 1) * phases / count + 1;

        var design = new StringBuilder($"# {prefix} Intent Design\n\n## Overview\nGenerated module for benchmarking (REQ-1).\n\n");
        for (var p = 1; p <= phases; p++)
        {
            design.Append($"### Phase {p} delivery (PHASE-{prefix}-{p})\n- Implements: SCEN-{prefix}-{N(p)}, REQ-{prefix}-{N(p)}\n\n");
        }

        var reqs = new StringBuilder($"# {prefix} Intent Requirements\n\n");
        for (var r = 1; r <= requirements; r++)
        {
            reqs.Append($"### REQ-{prefix}-{N(r)}: Requirement {r}\nThe module MUST satisfy behaviour {r} (PHASE-{prefix}-{PhaseOf(r, requirements)}, REQ-1).\n- Detail one\n- Detail two\n\n");
        }

        var scens = new StringBuilder($"# {prefix} Intent Scenarios\n");
        for (var s = 1; s <= scenarios; s++)
        {
            if (s == 1 || PhaseOf(s, scenarios) != PhaseOf(s - 1, scenarios))
            {
                scens.Append($"\n## PHASE-{prefix}-{N(PhaseOf(s, scenarios))}\n");
            }

            var req = (s - 1) * requirements / scenarios + 1;
            scens.Append($"\n### SCEN-{prefix}-{N(s)}: Scenario {s}\n- **WHEN** input {s} arrives\n- **THEN** the module answers (REQ-{prefix}-{N(req)}, REQ-3)\n- **AND** logs it\n");
        }

        var list = new StringBuilder($"# {prefix} Tasks\n");
        var perTask = scenarios / tasks;
        for (var t = 1; t <= tasks; t++)
        {
            var phase = PhaseOf(t, tasks);
            if (t == 1 || phase != PhaseOf(t - 1, tasks))
            {
                list.Append($"\n## Phase {phase}\n");
            }

            var box = phase == 1 ? "x" : " ";
            list.Append($"\n### TASK-{prefix}-{N(t)}: Task {t}\n");
            for (var k = 1; k <= perTask; k++)
            {
                list.Append($"- [{box}] {t}.{k} Implement scenario (SCEN-{prefix}-{N((t - 1) * perTask + k)})\n");
            }
        }

        var changelog = new StringBuilder("# Changelog\n\n## [0.1.0] - 2024-01-15\n### Added\n");
        for (var s = 1; s <= scenarios / phases; s++)
        {
            changelog.Append($"- SCEN-{prefix}-{N(s)}: scenario {s}\n");
        }

        File.WriteAllText(Path.Join(docs, "INTENT_DESIGN.md"), design.ToString());
        File.WriteAllText(Path.Join(docs, "INTENT_REQUIREMENTS.md"), reqs.ToString());
        File.WriteAllText(Path.Join(docs, "INTENT_SCENARIOS.md"), scens.ToString());
        File.WriteAllText(Path.Join(docs, "TASKS.md"), list.ToString());
        File.WriteAllText(Path.Join(docs, "CHANGELOG.md"), changelog.ToString());
    }
}
