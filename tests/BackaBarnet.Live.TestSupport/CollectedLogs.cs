using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BackaBarnet.Live.TestSupport;

/// <summary>
/// Every line a web node under test logs, through the same filters as its other providers: kept in
/// memory for the log check, and appended to BACKABARNET_TEST_LOGS (set by ./test) so the whole
/// run's logs can be searched for secrets.
/// </summary>
[ProviderAlias("Collected")]
public sealed class CollectedLogs : ILoggerProvider
{
    public const string Variable = "BACKABARNET_TEST_LOGS";

    private readonly ConcurrentQueue<string> lines = new();
    private readonly StreamWriter? file;

    public CollectedLogs(string name)
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            file = new StreamWriter(Path.Combine(folder, $"{name}-{Guid.NewGuid():N}.log")) { AutoFlush = true };
        }
    }

    public IReadOnlyCollection<string> Lines => lines;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
        lock (lines)
        {
            file?.Dispose();
        }
    }

    private void Write(string line)
    {
        lines.Enqueue(line);
        lock (lines)
        {
            file?.WriteLine(line);
        }
    }

    private sealed class Logger(CollectedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            try
            {
                owner.Write($"{logLevel} {category}[{eventId.Id}] {formatter(state, exception)}{(exception is null ? "" : " " + exception)}");
            }
            catch (ObjectDisposedException)
            {
                // A background log line after the node stopped: nothing left to write it to.
            }
        }
    }
}
