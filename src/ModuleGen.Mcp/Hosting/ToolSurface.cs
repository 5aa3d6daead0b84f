using System.Text.Json;
using ModelContextProtocol.Protocol;
using ModuleGen.Core.Common;
using ModuleGen.Core.Programs;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Holds which tools this server lists and runs: the sets and tools the user chose (<see cref="ServerSettings"/>),
/// narrowed by the workspace's modulegen.yaml, and whether the server is read-only.</summary>
/// <remarks>
/// <para>Selection, as GitHub's and Nx's MCP servers do it: <c>--toolsets</c> names sets (none: every set);
/// <c>--tools</c> adds tools by name (with no <c>--toolsets</c>, only those tools) and removes them with <c>!name</c>;
/// <c>--read-only</c> wins over both: no tool that writes is listed, and the two tools that write only when asked to
/// (<see cref="ToolSets.WritingArguments"/>) are listed without those arguments.</para>
/// <para>A repository's modulegen.yaml (<c>server:</c>) can only take away: its selection is intersected with the
/// user's and its <c>read_only</c> can turn read-only on, never off. A cloned repository therefore cannot give an agent
/// a tool the user did not enable.</para>
/// </remarks>
internal sealed class ToolSurface
{
    private readonly IReadOnlySet<string> _selected;

    private ToolSurface(IReadOnlySet<string> selected, string? readOnlyBecause, IReadOnlyList<ToolError> errors)
    {
        _selected = selected;
        ReadOnlyBecause = readOnlyBecause;
        Errors = errors;
    }

    /// <summary>Gets whether the server is read-only: nothing that writes is listed, accepted or executed.</summary>
    public bool ReadOnly => ReadOnlyBecause is not null;

    /// <summary>Gets what made the server read-only (the flag, the environment or modulegen.yaml), else null.</summary>
    public string? ReadOnlyBecause { get; }

    /// <summary>Returns what the Core services may run: what the user allowed, or nothing on a read-only server (which
    /// never executes a program, whatever made it read-only).</summary>
    public ProgramPermissions Programs(ProgramPermissions allowed) => ReadOnlyBecause is { } because ? allowed.ForReadOnly(because) : allowed;

    /// <summary>Gets the problems with modulegen.yaml's <c>server:</c> section; every tool call reports them.</summary>
    public IReadOnlyList<ToolError> Errors { get; }

    /// <summary>Gets the selected tools (before read-only hides the writing ones), ordinal order.</summary>
    public IReadOnlyList<string> Selected => [.. _selected.Order(StringComparer.Ordinal)];

    /// <summary>Resolves the surface of a server run: the user's choice, narrowed by the workspace's configuration when
    /// <see cref="ServerSettings.NarrowByWorkspace"/> (a configuration that did not load narrows nothing: every call
    /// reports it anyway).</summary>
    public static ToolSurface For(ServerSettings settings, ModuleGenConfig? config)
    {
        var user = Select(settings.Toolsets, settings.Tools);
        var selected = user.Tools.ToHashSet(StringComparer.Ordinal);
        string? readOnly = settings.ReadOnly ? "the user started it read-only (--read-only or MODULEGEN_READ_ONLY)" : null;
        var errors = new List<ToolError>();
        if (settings.NarrowByWorkspace && config?.Server is { } server)
        {
            var narrowed = Select(server.Toolsets, server.Tools);
            selected.IntersectWith(narrowed.Tools);
            errors.AddRange(narrowed.UnknownSets.Select(u => Unknown("toolsets", server.Toolsets, u, ToolSets.Names)));
            errors.AddRange(narrowed.UnknownTools.Select(u => Unknown("tools", server.Tools, u, ToolSets.AllTools)));
            readOnly ??= server.ReadOnly ? $"the workspace's {ConfigLoader.FileName} sets server.read_only" : null;
        }

        return new ToolSurface(selected, readOnly, errors);
    }

    /// <summary>Applies the selection rules to sets and tool names (comma-separated lists are split); names that are
    /// neither a set nor a tool are returned as unknown, not guessed at.</summary>
    public static Selection Select(IEnumerable<string> toolsets, IEnumerable<string> tools)
    {
        var sets = Split(toolsets);
        var names = Split(tools);
        var added = names.Where(n => !n.StartsWith('!')).ToList();
        var removed = names.Where(n => n.StartsWith('!')).Select(n => n[1..]).ToList();
        var selected = new HashSet<string>(sets.Count == 0 && added.Count == 0 ? ToolSets.AllTools : [], StringComparer.Ordinal);
        foreach (var set in sets)
        {
            selected.UnionWith(ToolSets.ToolsOf(set) ?? []);
        }

        selected.UnionWith(added.Where(ToolSets.AllTools.Contains));
        selected.ExceptWith(removed);
        return new Selection(
            [.. selected.Order(StringComparer.Ordinal)],
            [.. sets.Where(s => ToolSets.ToolsOf(s) is null)],
            [.. added.Concat(removed).Where(n => !ToolSets.AllTools.Contains(n))]);
    }

    /// <summary>Returns whether tools/list shows the tool: selected, and in read-only mode one that does not write or
    /// writes only when asked to.</summary>
    public bool Lists(Tool tool) =>
        _selected.Contains(tool.Name) && (!ReadOnly || tool.Annotations?.ReadOnlyHint is true || ToolSets.WritingArguments.ContainsKey(tool.Name));

    /// <summary>Describes a listed tool as this mode runs it: in read-only mode a tool that writes only when asked to
    /// loses those arguments and is annotated read-only, which it then is.</summary>
    public void Adapt(Tool tool)
    {
        if (!ReadOnly || !ToolSets.WritingArguments.TryGetValue(tool.Name, out var writing))
        {
            return;
        }

        tool.InputSchema = WithoutProperties(tool.InputSchema, writing);
        tool.Annotations = new ToolAnnotations { ReadOnlyHint = true, OpenWorldHint = tool.Annotations?.OpenWorldHint };
    }

    /// <summary>Returns why a call must not run, or null: a ModuleGen tool this server does not list (read-only, or
    /// not enabled), or an argument that writes on a read-only server. Names that are not ModuleGen tools are left to
    /// the SDK's own answer.</summary>
    public ToolError? Refusal(string tool, bool listed, IDictionary<string, JsonElement>? arguments)
    {
        if (!ToolSets.AllTools.Contains(tool))
        {
            return null;
        }

        if (!_selected.Contains(tool))
        {
            return ToolError.Create(ErrorCodes.ServerToolDisabled, "", $"'{tool}' is not enabled on this server (it is in the '{ToolSets.SetOf(tool)}' tool set).",
                $"Use the tools tools/list shows; the user can enable it when starting the server (--toolsets {ToolSets.SetOf(tool)} or --tools {tool}) unless the workspace's {ConfigLoader.FileName} leaves it out.");
        }

        if (!listed)
        {
            return ReadOnlyRefusal("", $"'{tool}' writes to the workspace and this server is read-only: {ReadOnlyBecause}.");
        }

        if (ReadOnly && ToolSets.WritingArguments.TryGetValue(tool, out var writing))
        {
            foreach (var name in writing)
            {
                if (arguments?.TryGetValue(name, out var value) is true && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.False))
                {
                    return ReadOnlyRefusal("/" + name, $"'{name}' makes '{tool}' write, and this server is read-only: {ReadOnlyBecause}.");
                }
            }
        }

        return null;
    }

    private static ToolError ReadOnlyRefusal(string pointer, string message) =>
        ToolError.Create(ErrorCodes.ServerReadOnly, pointer, message,
            "Nothing was written. Use the read-only tools tools/list shows; writing needs a server the user starts without --read-only (and without server.read_only in modulegen.yaml).");

    private static ToolError Unknown(string key, IReadOnlyList<string> values, string name, IReadOnlyList<string> accepted)
    {
        var index = Math.Max(0, values.ToList().FindIndex(v => Split([v]).Contains(name) || Split([v]).Contains("!" + name)));
        return ToolError.Create(ErrorCodes.ConfigInvalidValue, $"/server/{key}/{index}", $"'{name}' in {ConfigLoader.FileName}'s server.{key} is not a ModuleGen {(key == "tools" ? "tool" : "tool set")}.",
            $"Use one of: {string.Join(", ", accepted)}.").WithFound(name);
    }

    private static List<string> Split(IEnumerable<string> values) =>
        [.. values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))];

    private static JsonElement WithoutProperties(JsonElement schema, IReadOnlyList<string> names)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(schema.GetRawText())!;
        if (node["properties"] is System.Text.Json.Nodes.JsonObject properties)
        {
            foreach (var name in names)
            {
                properties.Remove(name);
            }
        }

        return JsonSerializer.SerializeToElement(node, ToolJson.Options.GetTypeInfo(typeof(System.Text.Json.Nodes.JsonNode)));
    }

    /// <summary>The outcome of <see cref="Select"/>.</summary>
    /// <param name="Tools">The selected tools, ordinal order.</param>
    /// <param name="UnknownSets">Set names that are not sets.</param>
    /// <param name="UnknownTools">Tool names (without <c>!</c>) that are not tools.</param>
    public sealed record Selection(IReadOnlyList<string> Tools, IReadOnlyList<string> UnknownSets, IReadOnlyList<string> UnknownTools);
}
