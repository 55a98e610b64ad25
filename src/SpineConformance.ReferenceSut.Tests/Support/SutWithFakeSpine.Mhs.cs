using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Lr;
using SpineConformance.ReferenceSut.Lr;
using SpineConformance.ReferenceSut.Mhs;

namespace SpineConformance.ReferenceSut.Tests.Support;

/// <summary>The MHS and LR side of the in-process SUT: its clients, logs, and a way to post Spine's replies to it.</summary>
internal sealed partial class SutWithFakeSpine
{
    public LrRequestClient LrRequests => Sut.Services.GetRequiredService<LrRequestClient>();

    public LrQueryClient LrQueries => Sut.Services.GetRequiredService<LrQueryClient>();

    public MhsSentLog Sent => Sut.Services.GetRequiredService<MhsSentLog>();

    public MhsReceivedLog Received => Sut.Services.GetRequiredService<MhsReceivedLog>();

    public LrConversations Conversations => Sut.Services.GetRequiredService<LrConversations>();

    /// <summary>Posts an ebXML message to the SUT's <c>/mhs/inbound</c>, as Spine delivers a reply.</summary>
    public async Task<HttpResponseMessage> PostInboundAsync(EbxmlMessage message)
    {
        var wire = EbxmlWriter.Write(message);
        var content = new ReadOnlyMemoryContent(wire.Body);
        content.Headers.TryAddWithoutValidation("Content-Type", wire.ContentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/mhs/inbound") { Content = content };
        request.Headers.TryAddWithoutValidation("SOAPAction", wire.SoapAction);
        return await Client.SendAsync(request);
    }

    /// <summary>What Spine knows when it answers the async request: the request's HL7 id and the requester's ASID.</summary>
    public static AsyncResponseContext ResponseContextFor(RecordedSpineRequest request)
    {
        var hl7 = request.Hl7;
        var v3 = Hl7.Xml.SpineNamespaces.Hl7;
        var id = hl7.Element(v3 + "id")?.Attribute("root")?.Value ?? string.Empty;
        var sender = hl7.Element(v3 + "communicationFunctionSnd")?.Descendants(v3 + "id").FirstOrDefault()?.Attribute("extension")?.Value ?? string.Empty;
        return new AsyncResponseContext("CDCDCDCD-0000-4000-8000-000000000001", "20250601133005", id, sender, SpineReply.SpineAsid);
    }

    /// <summary>Completes when the SUT's MHS has recorded <paramref name="count"/> send attempts; no polling.</summary>
    public async Task WaitForAttemptsAsync(int count)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnRecorded(MhsSendAttempt _)
        {
            if (Sent.Attempts().Count >= count)
            {
                reached.TrySetResult();
            }
        }

        Sent.Recorded += OnRecorded;
        try
        {
            OnRecorded(null!);
            await reached.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            Sent.Recorded -= OnRecorded;
        }
    }

}
