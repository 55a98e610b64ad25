using SpineConformance.Testing;
using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Hl7.Time;
using SpineConformance.ReferenceSut.Spine;

namespace SpineConformance.ReferenceSut.Tests.Support;

/// <summary>The reference SUT in-process, pointed at a WireMock.Net stub of Spine, with a stopped clock and sequential ids.</summary>
internal sealed partial class SutWithFakeSpine : IAsyncDisposable
{
    /// <summary>12:30 UTC in British Summer Time, so the HL7 creation time shows the Europe/London conversion.</summary>
    public static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 30, 0, TimeSpan.Zero);

    private SutWithFakeSpine(SpineStub spine, ReferenceSutHost sut, HttpClient client, FakeTimeProvider clock)
    {
        Clock = clock;
        Spine = spine;
        Sut = sut;
        Client = client;
    }

    /// <summary>Spine, as a WireMock.Net stub whose request log holds what the SUT sent.</summary>
    public SpineStub Spine { get; }

    /// <summary>The SUT's clock: it moves (and fires the MHS's retry timers) only when a test advances it.</summary>
    public FakeTimeProvider Clock { get; }

    public ReferenceSutHost Sut { get; }

    /// <summary>An HTTP client addressed to the SUT.</summary>
    public HttpClient Client { get; }

    public AcsClient Acs => Sut.Services.GetRequiredService<AcsClient>();

    public static async Task<SutWithFakeSpine> StartAsync(Action<ReferenceSutOptions>? configure = null)
    {
        var spine = SpineStub.Start();
        var options = new ReferenceSutOptions { SpineBaseUrl = spine.BaseAddress.ToString().TrimEnd('/') };
        configure?.Invoke(options);
        var clock = new FakeTimeProvider(Now);
        var sut = await ReferenceSutHost.StartAsync(options, services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.AddSingleton<IIdSource>(new SequentialIdSource());
        });
        return new SutWithFakeSpine(spine, sut, new HttpClient { BaseAddress = sut.BaseAddress }, clock);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Sut.DisposeAsync();
        Spine.Dispose();
    }
}
