using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Simulator.Faults;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Metrics;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.Metrics;

public sealed class SimulatorMetricsTests
{
    [Test]
    public async Task EveryExchange_IsCountedAndTimed_ByInteractionStatusAndOutcome()
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        var meter = host.Services.GetRequiredService<SimulatorMetrics>().Meter;
        var counts = new ConcurrentBag<(long Value, Dictionary<string, object?> Tags)>();
        var durations = new ConcurrentBag<double>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (ReferenceEquals(instrument.Meter, meter))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) => counts.Add((value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        listener.SetMeasurementEventCallback<double>((_, value, _, _) => durations.Add(value));
        listener.Start();
        await host.Services.GetRequiredService<IFaultRuleStore>().AddAsync(new FaultRule { Kind = FaultKind.SoapFault, Code = "206", RemainingUses = 1 }, CancellationToken.None);
        using var client = new SimulatorClient(host.BaseAddress);

        await client.PostAsync(SampleRequests.Get(Some.NhsNumber().Value), BrokenGetRequests.GetAction);
        await client.PostAsync(SampleRequests.Get(Some.NhsNumber().Value), BrokenGetRequests.GetAction);
        await client.PostAsync(SampleRequests.Get("123"), BrokenGetRequests.GetAction);

        Assert.That(counts.Select(c => ((string)c.Tags["outcome"]!, (int)c.Tags["http.response.status_code"]!, c.Value)),
            Is.EquivalentTo(new[] { ("injected-fault", 500, 1L), ("ok", 200, 1L), ("refused", 200, 1L) }));
        Assert.That(counts.Select(c => c.Tags["interaction"]), Has.All.EqualTo("GET_RESOURCE_PERMISSIONS_INUK01"));
        Assert.That(counts.SelectMany(c => c.Tags.Values), Has.None.EqualTo("123"), "no NHS number is ever a tag");
        Assert.That(durations, Has.Count.EqualTo(3).And.All.GreaterThanOrEqualTo(0));
    }

    [Test]
    public async Task WithAnOtlpEndpoint_MetricsAreExportedToTheCollector()
    {
        var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var collector = builder.Build();
        collector.MapPost("/v1/metrics", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            // OTLP protobuf carries metric names as UTF-8 strings; enough to see ours arrive.
            var text = Encoding.UTF8.GetString(body.ToArray());
            if (text.Contains("spine.simulator.exchanges", StringComparison.Ordinal))
            {
                received.TrySetResult(request.ContentType ?? string.Empty);
            }

            return Results.Ok();
        });
        await collector.StartAsync();
        var collectorAddress = collector.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        await using var host = await SpineSimulatorHost.StartAsync(new Dictionary<string, string?>
        {
            ["Simulator:Metrics:OtlpEndpoint"] = $"{collectorAddress}/v1/metrics",
            ["Simulator:Metrics:ExportInterval"] = "00:00:00.200",
        });
        using var client = new SimulatorClient(host.BaseAddress);
        await client.PostAsync(SampleRequests.Get(Some.NhsNumber().Value), BrokenGetRequests.GetAction);

        var contentType = await received.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.That(contentType, Is.EqualTo("application/x-protobuf"));
    }
}
