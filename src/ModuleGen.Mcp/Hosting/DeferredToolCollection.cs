using System.Diagnostics.CodeAnalysis;
using ModelContextProtocol.Server;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Holds the server's tools but creates them (reflection over the tool methods, input and output JSON
/// schemas) only when first needed: on the first tools/list or tools/call, or in the background after the handshake
/// (<see cref="AfterHandshake"/>). Start-up then answers <c>initialize</c> without paying for the catalogue.</summary>
/// <remarks>
/// The SDK reads the collection only through its virtual members (enumeration for tools/list, TryGetPrimitive for
/// tools/call), so those are overridden; the base storage stays empty on purpose, because filling it would raise
/// <c>Changed</c> and the server would send a spurious notifications/tools/list_changed. Tools are listed in
/// registration order. Every rewrite of a created tool (e.g. the output-schema widening) is applied by the
/// <c>finish</c> callback, never by enumerating the collection during start-up.
/// </remarks>
internal sealed class DeferredToolCollection : McpServerPrimitiveCollection<McpServerTool>
{
    private readonly Lazy<Loaded> _loaded;

    public DeferredToolCollection(IReadOnlyList<Func<IServiceProvider, IEnumerable<McpServerTool>>> factories, IServiceProvider services, Action<McpServerTool> finish)
    {
        _loaded = new Lazy<Loaded>(() => Load(factories, services, finish), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets whether the tools have been created yet.</summary>
    public bool IsLoaded => _loaded.IsValueCreated;

    /// <summary>Creates the tools now, unless that has happened already.</summary>
    public void Load() => _ = _loaded.Value;

    public override bool TryGetPrimitive(string name, [NotNullWhen(true)] out McpServerTool? primitive) =>
        _loaded.Value.ByName.TryGetValue(name, out primitive);

    public override bool Contains(McpServerTool primitive) =>
        _loaded.Value.ByName.TryGetValue(primitive.ProtocolTool.Name, out var found) && ReferenceEquals(found, primitive);

    public override ICollection<string> PrimitiveNames => _loaded.Value.ByName.Keys;

    public override McpServerTool[] ToArray() => [.. _loaded.Value.Ordered];

    public override void CopyTo(McpServerTool[] array, int arrayIndex) => _loaded.Value.Ordered.CopyTo(array, arrayIndex);

    public override IEnumerator<McpServerTool> GetEnumerator() => ((IEnumerable<McpServerTool>)_loaded.Value.Ordered).GetEnumerator();

    public override bool TryAdd(McpServerTool primitive) =>
        throw new NotSupportedException("The tool catalogue is fixed at composition; register tools in ServerComposition.");

    public override bool Remove(McpServerTool primitive) =>
        throw new NotSupportedException("The tool catalogue is fixed at composition.");

    public override void Clear() => throw new NotSupportedException("The tool catalogue is fixed at composition.");

    private static Loaded Load(IReadOnlyList<Func<IServiceProvider, IEnumerable<McpServerTool>>> factories, IServiceProvider services, Action<McpServerTool> finish)
    {
        var ordered = factories.SelectMany(f => f(services)).ToArray();
        var byName = new Dictionary<string, McpServerTool>(StringComparer.Ordinal);
        foreach (var tool in ordered)
        {
            finish(tool);
            if (!byName.TryAdd(tool.ProtocolTool.Name, tool))
            {
                throw new InvalidOperationException($"Two tools are named '{tool.ProtocolTool.Name}'.");
            }
        }

        return new Loaded(ordered, byName);
    }

    private sealed record Loaded(McpServerTool[] Ordered, Dictionary<string, McpServerTool> ByName);
}
