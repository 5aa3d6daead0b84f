using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Serves prompts/list and prompts/get from prompts created on first use, like <see cref="DeferredToolCollection"/>
/// does for tools.</summary>
/// <remarks>Prompts are served through the list/get handlers rather than the SDK's prompt collection, because the
/// server enumerates that collection while it is being constructed (to offer completions), which would create every
/// prompt before <c>initialize</c> is answered. None of ModuleGen's prompts offers completions.</remarks>
internal sealed class DeferredPrompts
{
    private readonly Lazy<(McpServerPrompt[] Ordered, Dictionary<string, McpServerPrompt> ByName)> _loaded;

    public DeferredPrompts(IReadOnlyList<Func<IServiceProvider, IEnumerable<McpServerPrompt>>> factories, IServiceProvider services)
    {
        _loaded = new(() =>
        {
            var ordered = factories.SelectMany(f => f(services)).ToArray();
            return (ordered, ordered.ToDictionary(p => p.ProtocolPrompt.Name, StringComparer.Ordinal));
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets whether the prompts have been created yet.</summary>
    public bool IsLoaded => _loaded.IsValueCreated;

    /// <summary>Creates the prompts now, unless that has happened already.</summary>
    public void Load() => _ = _loaded.Value;

    /// <summary>Answers prompts/list.</summary>
    public ValueTask<ListPromptsResult> ListAsync(RequestContext<ListPromptsRequestParams> request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new ListPromptsResult { Prompts = [.. _loaded.Value.Ordered.Select(p => p.ProtocolPrompt)] });

    /// <summary>Answers prompts/get, with the SDK's error for an unknown name.</summary>
    public ValueTask<GetPromptResult> GetAsync(RequestContext<GetPromptRequestParams> request, CancellationToken cancellationToken) =>
        request.Params?.Name is { } name && _loaded.Value.ByName.TryGetValue(name, out var prompt)
            ? prompt.GetAsync(request, cancellationToken)
            : throw new McpProtocolException($"Unknown prompt: '{request.Params?.Name}'", McpErrorCode.InvalidParams);
}
