using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Keeps the tools and prompts out of start-up: they are created after <c>initialize</c> has been answered, in
/// the background after the handshake (<see cref="AfterHandshake"/>), or on the first request that needs them (which
/// then waits for them).</summary>
/// <remarks>Register a tool class with <see cref="WithDeferredTools{T}"/> (a prompt class with
/// <see cref="WithDeferredPrompts{T}"/>): it records the type and nothing else, whereas the SDK's <c>WithTools&lt;T&gt;()</c>
/// reflects over the methods at once. A class registered with <c>WithTools&lt;T&gt;()</c> is deferred too (only its method
/// scan happens at start-up). Call <see cref="Apply"/> once, after every registration. Creating the tools (reflection,
/// input and output JSON schemas) was the largest single cost between process start and the answer to initialize;
/// see BENCHMARKS.md.</remarks>
internal static class DeferredPrimitives
{
    private const DynamicallyAccessedMemberTypes Members =
        DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.NonPublicMethods | DynamicallyAccessedMemberTypes.PublicConstructors;

    /// <summary>Registers a class whose <c>[McpServerTool]</c> methods become tools when the tools are first needed.</summary>
    public static IMcpServerBuilder WithDeferredTools<[DynamicallyAccessedMembers(Members)] T>(this IMcpServerBuilder builder)
    {
        builder.Services.AddSingleton(new Registration(typeof(T), Prompts: false));
        return builder;
    }

    /// <summary>Registers a class whose <c>[McpServerPrompt]</c> methods become prompts when the prompts are first needed.</summary>
    public static IMcpServerBuilder WithDeferredPrompts<[DynamicallyAccessedMembers(Members)] T>(this IMcpServerBuilder builder)
    {
        builder.Services.AddSingleton(new Registration(typeof(T), Prompts: true));
        return builder;
    }

    /// <summary>Replaces the registrations; <paramref name="finishTool"/> rewrites each tool once it exists.</summary>
    public static void Apply(IServiceCollection services, Action<McpServerTool> finishTool)
    {
        var tools = Take(services, prompts: false, CreateTools);
        var prompts = Take(services, prompts: true, CreatePrompts);
        services.AddSingleton(sp => new DeferredToolCollection(tools, sp, finishTool));
        services.AddSingleton(sp => new DeferredPrompts(prompts, sp));
        services.AddOptions<McpServerOptions>().Configure<DeferredToolCollection, DeferredPrompts>((options, toolCollection, promptCatalogue) =>
        {
            options.ToolCollection = toolCollection;
            options.Handlers.ListPromptsHandler = promptCatalogue.ListAsync;
            options.Handlers.GetPromptHandler = promptCatalogue.GetAsync;
        });
    }

    private static Func<IServiceProvider, IEnumerable<T>>[] Take<T>(IServiceCollection services, bool prompts, Func<Type, IServiceProvider, IEnumerable<T>> create)
        where T : class
    {
        var taken = new List<(ServiceDescriptor Descriptor, Func<IServiceProvider, IEnumerable<T>> Factory)>();
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(T))
            {
                taken.Add((descriptor, FactoryOf<T>(descriptor)));
            }
            else if (descriptor.ImplementationInstance is Registration registration && registration.Prompts == prompts)
            {
                taken.Add((descriptor, sp => create(registration.Type, sp)));
            }
        }

        foreach (var (descriptor, _) in taken)
        {
            services.Remove(descriptor);
        }

        return taken.Select(t => t.Factory).ToArray();
    }

    private static Func<IServiceProvider, IEnumerable<T>> FactoryOf<T>(ServiceDescriptor descriptor)
        where T : class => descriptor switch
    {
        { ImplementationFactory: { } factory } => sp => [(T)factory(sp)],
        { ImplementationInstance: T instance } => _ => [instance],
        _ => throw new InvalidOperationException($"Registration {descriptor} is neither a factory nor an instance."),
    };

    private static IEnumerable<McpServerTool> CreateTools([DynamicallyAccessedMembers(Members)] Type type, IServiceProvider services) =>
        MethodsWith<McpServerToolAttribute>(type).Select(method => method.IsStatic
            ? McpServerTool.Create(method, target: null, new McpServerToolCreateOptions { Services = services, SerializerOptions = ToolJson.Options })
            : McpServerTool.Create(method, r => ActivatorUtilities.CreateInstance(r.Services!, type), new McpServerToolCreateOptions { Services = services, SerializerOptions = ToolJson.Options }));

    private static IEnumerable<McpServerPrompt> CreatePrompts([DynamicallyAccessedMembers(Members)] Type type, IServiceProvider services) =>
        MethodsWith<McpServerPromptAttribute>(type).Select(method => method.IsStatic
            ? McpServerPrompt.Create(method, target: null, new McpServerPromptCreateOptions { Services = services, SerializerOptions = ToolJson.Options })
            : McpServerPrompt.Create(method, r => ActivatorUtilities.CreateInstance(r.Services!, type), new McpServerPromptCreateOptions { Services = services, SerializerOptions = ToolJson.Options }));

    private static IEnumerable<MethodInfo> MethodsWith<TAttribute>([DynamicallyAccessedMembers(Members)] Type type)
        where TAttribute : Attribute =>
        type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance)
            .Where(m => m.GetCustomAttribute<TAttribute>() is not null);

    /// <summary>Records a tool or prompt class registered for deferred creation.</summary>
    private sealed record Registration([property: DynamicallyAccessedMembers(Members)] Type Type, bool Prompts);
}
