using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Mcp.Tools;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Registers the tools with the descriptions clients list (name, schemas, annotations) read from
/// <c>Tools/tool-list.json</c>, written at development time from the tool methods, instead of deriving them by
/// reflection at every start.</summary>
/// <remarks>
/// <para>Why: deriving the 25 input and output schemas from the methods' parameters, result types and
/// <c>[Description]</c>s was most of the native executable's start-up CPU, and every agent session starts the server.
/// Each tool's invoker (argument binding, the SDK's own tool) is still made from its method, on the tool's first
/// call, so only tools that are used pay for it.</para>
/// <para>The file cannot drift: <c>ToolListFileTests</c> composes the server the reflective way and requires the same
/// bytes (<c>MODULEGEN_UPDATE_TOOL_LIST=1</c> rewrites the file), and start-up refuses a file that misses a tool
/// method or names one that does not exist.</para>
/// </remarks>
internal static class ToolListFile
{
    /// <summary>The embedded resource holding the listed tools: a tools/list result whose tools are compacted
    /// (<see cref="ToolListCompaction"/>), sorted by name.</summary>
    public const string ResourceName = "ModuleGen.Mcp.Tools.tool-list.json";

    private const string RebuildHint = "rebuild the file (MODULEGEN_UPDATE_TOOL_LIST=1 dotnet test tests/ModuleGen.Mcp.Tests --filter ToolListFileTests)";

    /// <summary>Adds the tools of ModuleGen that <paramref name="surface"/> lists, described as it runs them. With
    /// <paramref name="reflect"/> the SDK derives the descriptions from the methods (what the file is made from);
    /// otherwise they are read from the file.</summary>
    public static IMcpServerBuilder WithModuleGenTools(this IMcpServerBuilder builder, ToolSurface surface, bool reflect = false)
    {
        var listed = reflect ? null : Load();
        var registered = new HashSet<string>(StringComparer.Ordinal);
        Add<ContextTools>(builder, listed, registered, surface);
        Add<TemplateTools>(builder, listed, registered, surface);
        Add<ScaffoldTools>(builder, listed, registered, surface);
        Add<UpdateTools>(builder, listed, registered, surface);
        Add<SpecDocsTools>(builder, listed, registered, surface);
        Add<PlanTools>(builder, listed, registered, surface);
        Add<BrickTools>(builder, listed, registered, surface);
        Add<RecipeTools>(builder, listed, registered, surface);
        Add<VerificationTools>(builder, listed, registered, surface);
        Add<AuditTools>(builder, listed, registered, surface);
        Add<RegistryTools>(builder, listed, registered, surface);
        Add<DeploymentTools>(builder, listed, registered, surface);
        if (listed?.Keys.FirstOrDefault(name => !registered.Contains(name)) is { } stale)
        {
            throw new InvalidOperationException($"{ResourceName} lists '{stale}', which no tool method declares; {RebuildHint}.");
        }

        if (reflect)
        {
            // What tools/list costs a client's context (ToolListCompaction), once every tool has been created; then the
            // surface's selection, as the listed tools get it at registration.
            builder.Services.PostConfigure<McpServerOptions>(options =>
            {
                foreach (var tool in options.ToolCollection?.ToArray() ?? [])
                {
                    ToolListCompaction.Apply(tool.ProtocolTool);
                    if (!surface.Lists(tool.ProtocolTool))
                    {
                        options.ToolCollection!.Remove(tool);
                        continue;
                    }

                    surface.Adapt(tool.ProtocolTool);
                }
            });
        }

        return builder;
    }

    /// <summary>Reads the listed tools, keyed by name.</summary>
    public static IReadOnlyDictionary<string, Tool> Load()
    {
        using var stream = typeof(ToolListFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The executable lacks its embedded {ResourceName}.");
        var list = JsonSerializer.Deserialize(stream, McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(ListToolsResult))) as ListToolsResult
            ?? throw new InvalidOperationException($"{ResourceName} is not a tools/list result.");
        return list.Tools.ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    /// <summary>Writes tools as tool-list.json holds them: a tools/list result, indented, LF, one trailing newline.</summary>
    public static string Serialize(IEnumerable<Tool> tools)
    {
        var options = new JsonSerializerOptions(McpJsonUtilities.DefaultOptions) { WriteIndented = true, NewLine = "\n" };
        return JsonSerializer.Serialize(new ListToolsResult { Tools = [.. tools] }, options.GetTypeInfo(typeof(ListToolsResult))) + "\n";
    }

    private static void Add<[DynamicallyAccessedMembers(
        DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.NonPublicMethods | DynamicallyAccessedMemberTypes.PublicConstructors)] TTools>(
        IMcpServerBuilder builder, IReadOnlyDictionary<string, Tool>? listed, HashSet<string> registered, ToolSurface surface)
    {
        if (listed is null)
        {
            builder.WithTools<TTools>(ToolJson.Options);
        }

        foreach (var method in typeof(TTools).GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static))
        {
            if (method.GetCustomAttribute<McpServerToolAttribute>() is not { } attribute)
            {
                continue;
            }

            var name = attribute.Name ?? throw new InvalidOperationException($"{typeof(TTools).Name}.{method.Name} has no tool name.");
            registered.Add(name);
            if (listed is null)
            {
                continue;
            }

            if (!listed.TryGetValue(name, out var tool))
            {
                throw new InvalidOperationException($"{ResourceName} does not describe the tool '{name}'; {RebuildHint}.");
            }

            if (!surface.Lists(tool))
            {
                continue;
            }

            surface.Adapt(tool);

            builder.Services.AddSingleton<McpServerTool>(services => new ListedTool(tool, method, () =>
            {
                var made = McpServerTool.Create(
                    method,
                    static request => ActivatorUtilities.CreateInstance(request.Services!, typeof(TTools)),
                    new() { Services = services, SerializerOptions = ToolJson.Options });
                ToolListCompaction.Apply(made.ProtocolTool); // the same shape the reflective composition gives it
                return made;
            }));
        }
    }

    /// <summary>A tool described by tool-list.json, whose invoker is made from its method on its first call.</summary>
    private sealed class ListedTool(Tool listed, MethodInfo method, Func<McpServerTool> make) : McpServerTool
    {
        private readonly Lazy<McpServerTool> _invoker = new(make, LazyThreadSafetyMode.ExecutionAndPublication);
        private IReadOnlyList<object>? _metadata;

        public override Tool ProtocolTool => listed;

        /// <summary>The method, then its type's and its own attributes, as the SDK's own tools carry them, without making
        /// the invoker.</summary>
        public override IReadOnlyList<object> Metadata =>
            _metadata ??= [method, .. method.DeclaringType!.GetCustomAttributes(), .. method.GetCustomAttributes()];

        public override ValueTask<CallToolResult> InvokeAsync(RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken = default) =>
            _invoker.Value.InvokeAsync(request, cancellationToken);

        public override string ToString() => listed.Name;
    }
}
