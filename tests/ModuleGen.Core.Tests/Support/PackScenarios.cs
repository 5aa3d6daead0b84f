using ModuleGen.Core.Scaffolding;

namespace ModuleGen.Core.Tests.Support;

/// <summary>Lists the representative pack renderings that snapshot and syntax tests share.</summary>
public static class PackScenarios
{
    public static IReadOnlyDictionary<string, ScaffoldRequest> All { get; } = new Dictionary<string, ScaffoldRequest>(StringComparer.Ordinal)
    {
        ["dagster-none"] = Requests.Scaffold("dagster-module", "modules/orders"),
        ["dagster-postgresql-schedules-workspace"] = Requests.Scaffold("dagster-module", "modules/orders", addons: ["postgresql", "schedules", "workspace"]),
        ["dagster-mysql-deploy-git-deploy-rsync"] = Requests.Scaffold("dagster-module", "modules/customer_orders", module: "Customer Orders", addons: ["mysql", "deploy-git", "deploy-rsync"]),
        ["dagster-component-schedules"] = Requests.Scaffold("dagster-module", "modules/orders", addons: ["component", "schedules"],
            variables: new Dictionary<string, object?> { ["schedule_cron"] = "0 2 * * *", ["schedule_timezone"] = "Europe/Berlin" }),
        ["python-module"] = Requests.Scaffold("python-module", "amplifier/idea_synthesizer/loader", module: "loader",
            variables: new Dictionary<string, object?> { ["description"] = "Loads summaries and computes the manifest hash.", ["contract_path"] = "ai_working/idea_synthesizer/loader.contract.md" }),
        ["intent-docs"] = Requests.Scaffold("intent-docs", "modules/orders", module: "orders"),
    };

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in All.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    /// <summary>Renders a scenario into a fresh workspace and returns it (the caller disposes it).</summary>
    public static TempWorkspace Render(string name)
    {
        var workspace = new TempWorkspace();
        var result = workspace.Scaffolder().Scaffold(All[name]);
        result.IsOk.Should().BeTrue(string.Join("\n", result.Errors.Select(e => $"{e.Code} {e.Pointer} {e.Message} {e.Location}")));
        return workspace;
    }
}
