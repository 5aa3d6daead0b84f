using System.Globalization;
using System.Text.Json;

namespace ModuleGen.Mcp.Tests.EndToEnd;

public sealed partial class AgentPathTests
{
    /// <summary>(4) The intent-driven module pipeline through gate 4: intent design, requirements and scenarios, tasks
    /// with code, unit tests and the ACTUAL documents, then the CHANGELOG and coverage; every gate checked before the
    /// step is called done, every ID taken from next_id.</summary>
    [Fact]
    public async Task Request4_IntentPipeline_ThroughGate4()
    {
        const string Module = "ledger";
        await using var agent = await AgentSession.StartAsync(_ws.Root);
        var context = await agent.Call("build_context", new() { ["module"] = Module });
        var docsFolder = context.GetProperty("config").GetProperty("docs").GetProperty("folder").GetString()!.Replace("{module}", Module, StringComparison.Ordinal);
        var moduleFolder = docsFolder[..docsFolder.LastIndexOf('/')];
        var preview = await agent.Call("scaffold", new() { ["template"] = "intent-docs", ["target_dir"] = moduleFolder, ["variables"] = new Dictionary<string, string> { ["module"] = Module }, ["dry_run"] = true });
        await agent.Call("scaffold", new() { ["template"] = "intent-docs", ["target_dir"] = moduleFolder, ["variables"] = new Dictionary<string, string> { ["module"] = Module }, ["change_set_id"] = preview.GetProperty("change_set_id").GetString() });

        // Step 1: the design in words, phases named, no IDs.
        _ws.Write($"{docsFolder}/INTENT_DESIGN.md", LedgerDocs.DesignInWords);
        await Gate(agent, Module, 1);

        // Step 2: requirements and scenarios, numbered from next_id, and the design cross-referenced.
        var req = await NextId(agent, Module, "req");
        var scen = await NextId(agent, Module, "scen");
        var docs = new LedgerDocs(req, scen, null);
        _ws.Write($"{docsFolder}/INTENT_REQUIREMENTS.md", docs.Requirements);
        _ws.Write($"{docsFolder}/INTENT_SCENARIOS.md", docs.Scenarios);
        _ws.Write($"{docsFolder}/INTENT_DESIGN.md", docs.Design);
        await DocsWithoutErrors(agent, Module, [$"{docsFolder}/TASKS.md"]);
        await Gate(agent, Module, 2);

        // Step 3: tasks, code and unit tests for phase 1 (a TODO stub for phase 2), the ACTUAL documents.
        docs = docs with { Task = await NextId(agent, Module, "task") };
        _ws.Write($"{docsFolder}/TASKS.md", docs.Tasks);
        _ws.Write($"{moduleFolder}/src/{Module}/ledger.py", docs.Code);
        _ws.Write($"{moduleFolder}/tests/test_ledger.py", docs.UnitTests);
        _ws.Write($"{docsFolder}/ACTUAL_DESIGN.md", docs.ActualDesign);
        _ws.Write($"{docsFolder}/ACTUAL_REQUIREMENTS.md", docs.ActualRequirements);
        _ws.Write($"{docsFolder}/ACTUAL_SCENARIOS.md", docs.ActualScenarios);
        _ws.Write($"{docsFolder}/INTENT_VS_ACTUAL.md", docs.IntentVsActual);
        await DocsWithoutErrors(agent, Module);
        var trace = await agent.Call("trace_matrix", new() { ["module"] = Module });
        trace.GetRawText().Should().Contain(req.At(0));
        await Gate(agent, Module, 3);

        // Step 4: the CHANGELOG and the coverage of the end-to-end run.
        _ws.Write($"{docsFolder}/CHANGELOG.md", docs.Changelog);
        _ws.Write($"{moduleFolder}/coverage.lcov", "SF:src/ledger/ledger.py\nLF:12\nLH:12\nend_of_record\n");
        await Gate(agent, Module, 4, $"{moduleFolder}/coverage.lcov");

        await AuditClean(agent, Module);
        agent.Report("(4) intent pipeline through gate 4", output);
    }

    private static async Task Gate(AgentSession agent, string module, int step, string? coverage = null)
    {
        var arguments = new Dictionary<string, object?> { ["module"] = module, ["step"] = step };
        if (coverage is not null)
        {
            arguments["coverage_path"] = coverage;
        }

        var gate = await agent.Call("check_gate", arguments);
        gate.GetProperty("passed").GetBoolean().Should().BeTrue($"gate {step}: {gate}");
    }

    /// <summary>check_docs without errors; errors in documents of a later step that still hold the pack's text
    /// (<paramref name="notYetWritten"/>) are cleared to their heading, as an agent does before that step, and checked again.</summary>
    private async Task DocsWithoutErrors(AgentSession agent, string module, string[]? notYetWritten = null)
    {
        var checkedDocs = await agent.Call("check_docs", new() { ["module"] = module });
        var errors = checkedDocs.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("severity").GetString() == "error")
            .Select(f => f.GetProperty("file").GetString()!).Distinct().ToArray();
        if (errors.Length > 0 && notYetWritten is not null && errors.All(notYetWritten.Contains))
        {
            foreach (var file in errors)
            {
                _ws.Write(file, _ws.Read(file).Split('\n')[0] + "\n");
            }

            checkedDocs = await agent.Call("check_docs", new() { ["module"] = module });
        }

        checkedDocs.GetProperty("counts").GetProperty("errors").GetInt32().Should().Be(0, checkedDocs.ToString());
    }

    private static async Task<SpecIdSpelling> NextId(AgentSession agent, string module, string kind) =>
        SpecIdSpelling.Parse((await agent.Call("next_id", new() { ["module"] = module, ["kind"] = kind })).GetProperty("id").GetString()!);
}

/// <summary>An ID as next_id spells it (<c>REQ-LEDGER-01</c>), so the following ones can be written the same way.</summary>
internal sealed record SpecIdSpelling(string Prefix, int First, int Width)
{
    public static SpecIdSpelling Parse(string id)
    {
        var dash = id.LastIndexOf('-');
        var digits = id[(dash + 1)..];
        return new SpecIdSpelling(id[..(dash + 1)], int.Parse(digits, CultureInfo.InvariantCulture), digits.Length);
    }

    /// <summary>Returns the ID <paramref name="offset"/> after the first.</summary>
    public string At(int offset) => Prefix + (First + offset).ToString(CultureInfo.InvariantCulture).PadLeft(Width, '0');

    /// <summary>Gets the module part of the ID (<c>LEDGER</c> of <c>REQ-LEDGER-01</c>).</summary>
    public string Module => Prefix[(Prefix.IndexOf('-') + 1)..^1];
}
