using Microsoft.Extensions.Logging;
using Serilog.Extensions.Logging;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Hands out loggers at once but creates the Serilog logger behind them (and so opens the workspace, whose
/// configuration chooses the level and the log file) only when a line is first checked or written.</summary>
internal sealed class DeferredLoggerProvider : ILoggerProvider
{
    private readonly Lazy<SerilogLoggerProvider> _provider;

    public DeferredLoggerProvider(WorkspaceHost host)
    {
        _provider = new Lazy<SerilogLoggerProvider>(() => new SerilogLoggerProvider(host.Logger, dispose: false), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public ILogger CreateLogger(string categoryName) => new DeferredLogger(categoryName, _provider);

    public void Dispose()
    {
        if (_provider.IsValueCreated)
        {
            _provider.Value.Dispose();
        }
    }

    private sealed class DeferredLogger(string category, Lazy<SerilogLoggerProvider> provider) : ILogger
    {
        private ILogger? _logger;

        private ILogger Logger => _logger ??= provider.Value.CreateLogger(category);

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => Logger.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => Logger.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Logger.Log(logLevel, eventId, state, exception, formatter);
    }
}
