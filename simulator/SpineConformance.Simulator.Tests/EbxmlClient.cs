using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Lr;
using SpineConformance.Simulator.Directory;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests;

/// <summary>Sends ebXML reliable messages to an in-process simulator whose replies go to a <see cref="FakeMhs"/>, as a client's MHS does.</summary>
internal static class EbxmlClient
{
    public const string ClientPartyKey = "A12345-0000101";

    public static async Task<SpineSimulatorHost> StartSimulatorAsync(
        FakeMhs mhs, string retryInterval, int retries = 2, IReadOnlyDictionary<string, string?>? settings = null, CapturedLogs? logs = null)
    {
        var all = new Dictionary<string, string?> { ["Simulator:Delivery:ReplyDelay"] = "00:00:00" };
        foreach (var (name, value) in settings ?? new Dictionary<string, string?>())
        {
            all[name] = value;
        }

        var host = await SpineSimulatorHost.StartAsync(all, logs: logs);
        var directory = host.Services.GetRequiredService<SpineDirectory>();
        var system = directory.SystemByAsid(SampleRequests.SenderAsid)!;
        directory.Upsert(system with
        {
            MhsEndpoint = mhs.Endpoint.ToString(),
            Reliability = system.Reliability with { Retries = retries, RetryInterval = System.Xml.XmlConvert.ToTimeSpan(retryInterval) },
        });
        return host;
    }

    public static AsyncRequestContext Context() => AsyncRequestContext.From(SampleRequests.Outgoing() with
    {
        Hl7MessageId = Hl7.Soap.WsaMessageId.UpperGuid(new SequentialIdSource().NextId()),
    });

    /// <summary>A reliable Create LR, from the MHS with <paramref name="partyKey"/> (the registered sample system's by default).</summary>
    public static EbxmlMessage CreateLr(string nhsNumber, string partyKey = ClientPartyKey) =>
        Wrap(LrMessages.CreateRequest(Context(), CreateRequest.For("06", LrAgent.Person.Of("100000000001", "100000000002"), nhsNumber,
            LrAgent.RequestingUser.Of("100000000001", "100000000002"))), "REPC_IN010000UK15", partyKey);

    public static EbxmlMessage Wrap(XElement hl7, string action, string partyKey = ClientPartyKey)
    {
        var ids = new Hl7.Time.RandomIdSource();
        var header = new EbxmlHeader(new EbxmlParty(partyKey), new EbxmlParty("YES-0000806"), "S200000000101",
            EbxmlMessageId.New(ids), LrInteractions.LrsService, action, EbxmlMessageId.New(ids), "2026-11-22T10:15:00Z").WithPattern(EbxmlPattern.Reliable);
        return new EbxmlMessage(header, new XDocument(hl7));
    }

    public static Task<(int Status, byte[] Body)> PostAsync(SpineSimulatorHost host, EbxmlMessage message) =>
        PostAsync(host, EbxmlWriter.Write(message));

    public static async Task<(int Status, byte[] Body)> PostAsync(SpineSimulatorHost host, EbxmlHttpMessage wire)
    {
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        using var content = new ByteArrayContent(wire.Body.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", wire.ContentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/reliablemessaging/reliablerequest") { Content = content };
        request.Headers.TryAddWithoutValidation("SOAPAction", wire.SoapAction);
        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync());
    }
}
