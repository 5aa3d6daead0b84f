using ModuleGen.Core.Scaffolding;

namespace ModuleGen.Core.Tests.Support;

/// <summary>Builds scaffold requests tersely.</summary>
public static class Requests
{
    public static ScaffoldRequest Scaffold(string template, string target, string? module = "orders", IReadOnlyList<string>? addons = null,
        bool dryRun = false, string? onConflict = null, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var values = new Dictionary<string, object?>(variables ?? new Dictionary<string, object?>(), StringComparer.Ordinal);
        if (module is not null)
        {
            values.TryAdd("module", module);
        }

        return new ScaffoldRequest(template, target, values, addons ?? [], dryRun, onConflict);
    }
}
