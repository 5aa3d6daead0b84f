using System.CommandLine.Completions;
using ModuleGen.Core.Templates;

namespace ModuleGen.Mcp.Cli;

/// <summary>Shell completions that need the workspace: pack names and a pack's add-ons. A workspace that cannot be
/// opened completes nothing (completion never prints errors).</summary>
internal static class PackCompletions
{
    public static Func<CompletionContext, IEnumerable<CompletionItem>> Names(CliRuntime runtime) => context =>
        From(runtime, context, catalogue => catalogue.ListAll().Templates.Select(t => t.Name));

    public static Func<CompletionContext, IEnumerable<CompletionItem>> Addons(CliRuntime runtime, System.CommandLine.Option<string> template) => context =>
        From(runtime, context, catalogue => context.ParseResult.GetValue(template) is { } name && catalogue.Describe(name) is { IsOk: true } described
            ? described.Value.Addons.Select(a => a.Name)
            : catalogue.ListAll().Templates.SelectMany(t => t.Addons).Distinct(StringComparer.Ordinal));

    private static IEnumerable<CompletionItem> From(CliRuntime runtime, CompletionContext context, Func<PackCatalogue, IEnumerable<string>> names)
    {
        if (runtime.Settings(context.ParseResult, serving: false) is not { } settings)
        {
            return [];
        }

        using var core = new CoreScope(settings);
        return core.Host.Workspace.IsOk
            ? names(core.Get<PackCatalogue>()).Where(n => n.StartsWith(context.WordToComplete, StringComparison.Ordinal)).Order(StringComparer.Ordinal).Select(n => new CompletionItem(n)).ToList()
            : [];
    }
}
