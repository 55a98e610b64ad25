using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;

namespace SpineConformance.Simulator.Metrics;

/// <summary>Where metrics go. Bound from <c>Simulator:Metrics</c>; nothing is exported unless <see cref="OtlpEndpoint"/> is set.</summary>
public sealed class MetricsOptions
{
    public const string SectionName = "Simulator:Metrics";

    /// <summary>An OpenTelemetry collector's OTLP/HTTP metrics address, e.g. <c>http://127.0.0.1:4318/v1/metrics</c>. The default value is none.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>How often metrics are exported. The default value is 10 seconds.</summary>
    [System.ComponentModel.DataAnnotations.Range(typeof(TimeSpan), "00:00:00.100", "01:00:00", ErrorMessage = "Simulator:Metrics:ExportInterval must be between 100 milliseconds and 1 hour.")]
    public TimeSpan ExportInterval { get; set; } = TimeSpan.FromSeconds(10);
}

/// <summary>Exports <see cref="SimulatorMetrics"/> over OTLP/HTTP while the simulator runs, and flushes them when it stops.</summary>
internal sealed partial class MetricsExport(IOptions<MetricsOptions> options, SimulatorMetrics metrics, ILogger<MetricsExport> logger) : IHostedService, IDisposable
{
    private MeterProvider? provider;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = metrics; // created now, so the meter exists before the first exchange
        if (options.Value.OtlpEndpoint is not { } endpoint)
        {
            return Task.CompletedTask;
        }

        provider = Sdk.CreateMeterProviderBuilder()
            .AddMeter(SimulatorMetrics.MeterName)
            .AddOtlpExporter((exporter, reader) =>
            {
                exporter.Endpoint = endpoint;
                exporter.Protocol = OtlpExportProtocol.HttpProtobuf;
                reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)options.Value.ExportInterval.TotalMilliseconds;
            })
            .Build();
        Exporting(logger, endpoint, options.Value.ExportInterval);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        provider?.ForceFlush(timeoutMilliseconds: 5000);
        return Task.CompletedTask;
    }

    public void Dispose() => provider?.Dispose();

    [LoggerMessage(EventId = 50, Level = LogLevel.Information, Message = "Exporting metrics over OTLP/HTTP to {Endpoint} every {Interval}")]
    private static partial void Exporting(ILogger logger, Uri endpoint, TimeSpan interval);
}
