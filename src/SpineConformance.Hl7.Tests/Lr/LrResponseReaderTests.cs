using System.Xml.Linq;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Hl7.Xml;
using SpineConformance.Testing;

namespace SpineConformance.Hl7.Tests.Lr;

public sealed class LrResponseReaderTests
{
    private static readonly XNamespace V3 = SpineNamespaces.Hl7;

    [Test]
    public void Read_MciErrorForAsyncCreate_ReturnsAcknowledgedWithReasonsInOrder()
    {
        DetectedIssue[] reasons = [LrMessages.LrIssue("99", "Patient not found"), LrMessages.LrIssue("02", "Duplicate LR", "WG")];
        var message = LrMessages.ApplicationAcknowledgement(LrSamples.AsyncResponse(), AcknowledgementType.AE, reasons);

        var read = (LrResponse.Acknowledged)LrResponseReader.Read(LrSamples.Reparse(message));

        Assert.Multiple(() =>
        {
            Assert.That(read.Type, Is.EqualTo(AcknowledgementType.AE));
            Assert.That(read.Reasons, Is.EqualTo(reasons));
            Assert.That(read.Reasons[0].CodeSystem, Is.EqualTo("2.16.840.1.113883.2.1.3.2.4.17.12"));
            Assert.That(read.Details, Is.Empty);
            Assert.That(message.Name.LocalName, Is.EqualTo("MCCI_IN010000UK13"));
            Assert.That(message.Descendants(V3 + "messageRef").Single().Element(V3 + "id")!.Attribute("root")!.Value, Is.EqualTo(SampleRequests.Outgoing().Hl7MessageId));
            Assert.That(message.Element(V3 + "ControlActEvent")!.Element(V3 + "subject"), Is.Null);
        });
    }

    [Test]
    public void Read_MciRejectWithDetails_ReturnsTheDetails()
    {
        DetectedIssue[] details = [new("1", Hl7Constants.AcknowledgementExceptionCodeSystem, "Access denied")];
        var message = LrMessages.ApplicationAcknowledgementDetails(LrSamples.AsyncResponse(), AcknowledgementType.AR, details);

        var read = (LrResponse.Acknowledged)LrResponseReader.Read(LrSamples.Reparse(message));

        Assert.Multiple(() =>
        {
            Assert.That(read.Type, Is.EqualTo(AcknowledgementType.AR));
            Assert.That(read.Details, Is.EqualTo(details));
            Assert.That(message.Element(V3 + "acknowledgement")!.Elements().Select(e => e.Name.LocalName), Is.EqualTo(new[] { "acknowledgementDetail", "messageRef" }));
        });
    }

    [Test]
    public void Read_QueryActFailed_ReturnsQueryFailedWithIssueDetected()
    {
        var reasons = new[] { LrMessages.LrIssue("99", "No LR record found") };
        var document = LrMessages.QueryActFailed(LrInteractions.QueryDetailsSimple, SampleRequests.ResponseContext(), reasons);
        var message = SyncMessage.From(document)!;

        var read = (LrResponse.QueryFailed)LrResponseReader.Read(SoapEnvelope.ToBytes(document));

        Assert.Multiple(() =>
        {
            Assert.That(read.Type, Is.EqualTo(AcknowledgementType.AE));
            Assert.That(read.QueryResponseCode, Is.EqualTo("ID"));
            Assert.That(read.Reasons, Is.EqualTo(reasons));
            Assert.That(message.InteractionId, Is.EqualTo("QUQI_IN010000UK14"));
            Assert.That(message.Action, Is.EqualTo("urn:nhs:names:services:lrsquery/QUQI_IN010000UK14"));
            Assert.That(message.BodyRoot!.Name.LocalName, Is.EqualTo("queryDetailsResponse"));
            Assert.That(message.ControlActEvent!.Element(V3 + "subject"), Is.Null);
        });
    }

    [Test]
    public void Read_SoapFault_ReturnsFaulted()
    {
        var read = LrResponseReader.Read(SoapFault.UnsupportedInteraction("urn:nhs:names:services:lrsquery/NOPE").ToDocument());

        Assert.That(((LrResponse.Faulted)read).Fault.Errors.Single().ErrorCode, Is.EqualTo("101"));
    }

    [Test]
    public void Read_NotXml_IsUnreadableWithReason()
    {
        var read = LrResponseReader.Read("<html>Bad gateway"u8);

        Assert.That(((LrResponse.Unreadable)read).Reason, Does.Contain("not well-formed"));
    }

    [Test]
    public void Read_ShortResponseWithoutWrapperAndLowerCaseLrExists_IsTolerated()
    {
        var document = LrMessages.ConfirmShort(SampleRequests.ResponseContext(), LRExists.Of(true));
        var message = SyncMessage.From(document)!;
        message.BodyRoot!.ReplaceWith(message.Interaction!);
        document.Descendants(V3 + "LRExists").Single().Name = V3 + "lRExists";

        var read = (LrResponse.Succeeded<LRExists>)LrResponseReader.Read(LrSamples.Reparse(document));

        Assert.That(read.Payload.Exists, Is.True);
    }

    [Test]
    public void Read_UnknownInteraction_IsUnreadableNamingIt()
    {
        var message = LrMessages.CreateRequest(LrSamples.AsyncRequest(), LrSamples.Create());

        var read = (LrResponse.Unreadable)LrResponseReader.Read(message);

        Assert.That(read.Reason, Does.Contain("REPC_IN010000UK15"));
    }
}
