using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.Transport;

/// <summary>
/// At the default level (Information) an exchange writes no log line, the journal and the console being where exchanges
/// are seen; <c>--log-level Debug</c> (the setting Logging:LogLevel:Default) brings one line per exchange back.
/// </summary>
public sealed class ExchangeLogTests
{
    [TestCase("Information", 0)]
    [TestCase("Debug", 1)]
    public async Task AnExchange_IsLoggedOnlyAtDebug(string level, int linesNamingThePatient)
    {
        var logs = new EveryLine();
        await using var host = await SpineSimulatorHost.StartAsync(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = level }, logs: logs);
        using var client = new SimulatorClient(host.BaseAddress);
        var patient = Some.NhsNumber().Value;

        var answer = await client.PostAsync(SampleRequests.Get(patient), BrokenGetRequests.GetAction);

        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(logs.Lines.Count(l => l.Contains(patient, StringComparison.Ordinal)), Is.EqualTo(linesNamingThePatient), string.Join(Environment.NewLine, logs.Lines));
    }

    // Whatever the configured level lets through: the logging framework filters before a provider sees an entry.
    private sealed class EveryLine : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> lines = new();

        public IReadOnlyList<string> Lines => [.. lines];

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)}");
        }
    }
}
