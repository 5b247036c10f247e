using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BackaBarnet.Live.TestSupport;

/// <summary>Every log line a node writes, as its file would hold it (message and exception), for tests of what must never be logged.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Text)> lines = new();

    public IReadOnlyList<(LogLevel Level, string Text)> Lines => lines.ToArray();

    public string All => string.Join("\n", lines.Select(l => $"{l.Level}: {l.Text}"));

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<(LogLevel, string)> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue((logLevel, $"{category}: {formatter(state, exception)}{(exception is null ? "" : "\n" + exception)}"));
    }
}
