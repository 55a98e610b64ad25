using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SpineConformance.Simulator.Tests;

/// <summary>
/// Every log entry an in-process simulator writes at Warning or above, so a test can assert that bad input made the
/// simulator answer, not throw: an unhandled exception always reaches the log at Error.
/// </summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> entries = new();

    /// <summary>How many entries so far: remember it before an action, then ask for <see cref="ProblemsSince"/>.</summary>
    public int Count => entries.Count;

    /// <summary>Entries at Error or above, or carrying an exception, logged after the first <paramref name="mark"/> entries.</summary>
    public IReadOnlyList<CapturedLog> ProblemsSince(int mark) =>
        entries.Skip(mark).Where(e => e.Level >= LogLevel.Error || e.Exception is not null).ToList();

    /// <summary>Every entry (Warning or above) logged after the first <paramref name="mark"/> entries.</summary>
    public IReadOnlyList<CapturedLog> Since(int mark) => entries.Skip(mark).ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<CapturedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                entries.Enqueue(new CapturedLog(category, logLevel, formatter(state, exception), exception));
            }
        }
    }
}

internal sealed record CapturedLog(string Category, LogLevel Level, string Message, Exception? Exception)
{
    public override string ToString() => $"{Level} {Category}: {Message}{(Exception is null ? string.Empty : Environment.NewLine + Exception)}";
}
