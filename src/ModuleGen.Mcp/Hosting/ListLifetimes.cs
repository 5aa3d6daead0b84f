using Microsoft.Extensions.DependencyInjection;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Tells clients how long the lists that cannot change during a session stay fresh (<c>ttlMs</c>): the tools,
/// the prompts and the resource templates are fixed when the server starts, so a client need not list them again.</summary>
internal static class ListLifetimes
{
    /// <summary>How long a list stays fresh: a working day, far longer than a session needs.</summary>
    public static readonly TimeSpan Fixed = TimeSpan.FromHours(8);

    public static void Add(IMcpRequestFilterBuilder filters)
    {
        filters.AddListToolsFilter(next => async (context, cancellationToken) =>
        {
            var result = await next(context, cancellationToken);
            result.TimeToLive ??= Fixed;
            return result;
        });
        filters.AddListPromptsFilter(next => async (context, cancellationToken) =>
        {
            var result = await next(context, cancellationToken);
            result.TimeToLive ??= Fixed;
            return result;
        });
        filters.AddListResourceTemplatesFilter(next => async (context, cancellationToken) =>
        {
            var result = await next(context, cancellationToken);
            result.TimeToLive ??= Fixed;
            return result;
        });
    }
}
