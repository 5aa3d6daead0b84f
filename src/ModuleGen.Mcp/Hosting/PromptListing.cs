using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Mcp.Prompts;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Registers the prompts with the description prompts/list gives (name, title, description, arguments) read
/// from the methods' attributes, and makes each prompt's handler, the SDK's own, on its first use.</summary>
/// <remarks>Why: the SDK makes a prompt's handler by deriving a JSON schema of its parameters, and turns that schema
/// into the listed arguments; for nine prompts that was about a seventh of the native executable's start-up CPU, spent
/// before the first answer. A prompt's arguments are its parameters, their <c>[Description]</c> and whether they are
/// optional, which the attributes say directly. <c>PromptListingTests</c> requires the same listing as the SDK's
/// (composed with <c>reflect</c>, the SDK's way).</remarks>
internal static class PromptListing
{
    /// <summary>Adds ModuleGen's prompts; with <paramref name="reflect"/> the SDK makes them at composition, as its
    /// samples do.</summary>
    public static IMcpServerBuilder WithModuleGenPrompts(this IMcpServerBuilder builder, bool reflect = false)
    {
        Add<StepPrompts>(builder, reflect);
        Add<ModulePrompts>(builder, reflect);
        return builder;
    }

    private static void Add<[DynamicallyAccessedMembers(
        DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.NonPublicMethods | DynamicallyAccessedMemberTypes.PublicConstructors)] TPrompts>(
        IMcpServerBuilder builder, bool reflect)
    {
        if (reflect)
        {
            builder.WithPrompts<TPrompts>(ToolJson.Options);
            return;
        }

        foreach (var method in typeof(TPrompts).GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static))
        {
            if (method.GetCustomAttribute<McpServerPromptAttribute>() is { } attribute)
            {
                var listed = Describe(method, attribute);
                builder.Services.AddSingleton<McpServerPrompt>(services => new ListedPrompt(listed, method, () => McpServerPrompt.Create(
                    method,
                    static request => ActivatorUtilities.CreateInstance(request.Services!, typeof(TPrompts)),
                    new() { Services = services, SerializerOptions = ToolJson.Options })));
            }
        }
    }

    /// <summary>Returns what prompts/list says of a prompt method: every parameter a client fills in, described by its
    /// <c>[Description]</c>, required unless it has a default.</summary>
    public static Prompt Describe(MethodInfo method, McpServerPromptAttribute attribute) => new()
    {
        Name = attribute.Name ?? throw new InvalidOperationException($"{method.DeclaringType!.Name}.{method.Name} has no prompt name."),
        Title = attribute.Title,
        Description = method.GetCustomAttribute<DescriptionAttribute>()?.Description,
        Arguments = [.. method.GetParameters().Where(IsArgument).Select(p => new PromptArgument
        {
            Name = p.Name!,
            Description = p.GetCustomAttribute<DescriptionAttribute>()?.Description,
            Required = !p.HasDefaultValue,
        })],
    };

    // What the SDK binds itself rather than from the client's arguments.
    private static bool IsArgument(ParameterInfo p) =>
        p.ParameterType != typeof(CancellationToken) && p.ParameterType != typeof(IServiceProvider) && p.ParameterType != typeof(McpServer) &&
        p.ParameterType != typeof(RequestContext<GetPromptRequestParams>) && p.ParameterType != typeof(IProgress<ProgressNotificationValue>);

    /// <summary>A prompt described from its method's attributes, whose handler is made on its first use.</summary>
    private sealed class ListedPrompt(Prompt listed, MethodInfo method, Func<McpServerPrompt> make) : McpServerPrompt
    {
        private readonly Lazy<McpServerPrompt> _handler = new(make, LazyThreadSafetyMode.ExecutionAndPublication);
        private IReadOnlyList<object>? _metadata;

        public override Prompt ProtocolPrompt => listed;

        public override IReadOnlyList<object> Metadata =>
            _metadata ??= [method, .. method.DeclaringType!.GetCustomAttributes(), .. method.GetCustomAttributes()];

        public override ValueTask<GetPromptResult> GetAsync(RequestContext<GetPromptRequestParams> request, CancellationToken cancellationToken = default) =>
            _handler.Value.GetAsync(request, cancellationToken);

        public override string ToString() => listed.Name;
    }
}
