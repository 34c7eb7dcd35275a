using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Overeenkomst.Tests.Support;

/// <summary>Keeps every line logged through it, to see what the operator's log says.</summary>
public sealed class CollectingLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> lines = new();

    /// <summary>The lines so far, as "Category: message".</summary>
    public IReadOnlyList<string> Lines => [.. lines];

    /// <summary>A logger for <typeparamref name="T"/> that writes here.</summary>
    public ILogger<T> For<T>() => new Logger<T>(new LoggerFactory([this]));

    public ILogger CreateLogger(string categoryName) => new Collector(categoryName, lines);

    public void Dispose()
    {
    }

    private sealed class Collector(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            lines.Enqueue($"{category}: {formatter(state, exception)}");
        }
    }
}
